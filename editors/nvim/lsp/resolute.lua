-- Resolute, the language server for United Nations resolution texts, for
-- Neovim 0.11's vim.lsp.config / vim.lsp.enable. With this folder on the
-- 'runtimepath', `vim.lsp.enable("resolute")` starts it for every buffer of
-- the filetype `resolution` (see ftdetect/resolution.lua).
--
-- Override any field with vim.lsp.config("resolute", { ... }), e.g. the
-- binary:    vim.lsp.config("resolute", { cmd = { "/path/to/resolute", "lsp" } })
-- settings:  vim.lsp.config("resolute", { settings = { resolute = { rules = { ["footnote-order"] = "off" } } } })
-- The settings are the ones `resolute settings-schema` lists (the same as VS
-- Code's): catalogs, rules, inlayHints, maxDocumentSize.

---@type vim.lsp.Config
return {
  cmd = { "resolute", "lsp" },
  filetypes = { "resolution" },
  root_markers = { "resolute.toml", ".git" },
  settings = { resolute = {} },
  -- The server reads its settings at start from initializationOptions and
  -- later from workspace/didChangeConfiguration (which Neovim sends with
  -- `settings`); give it the same section in both.
  before_init = function(params, config)
    local section = (config.settings or {}).resolute or {}
    params.initializationOptions = vim.tbl_deep_extend("force", { resolute = section }, params.initializationOptions or {})
  end,
}
