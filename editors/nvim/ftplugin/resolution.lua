-- A resolution keeps each paragraph on one long line: wrap it at word
-- boundaries on the screen, never in the file.
vim.opt_local.wrap = true
vim.opt_local.linebreak = true
vim.opt_local.breakindent = true
vim.opt_local.textwidth = 0
vim.b.undo_ftplugin = (vim.b.undo_ftplugin and (vim.b.undo_ftplugin .. " | ") or "")
  .. "setlocal wrap< linebreak< breakindent< textwidth<"
