-- Files named *.resolution or *.res.txt are UN resolution texts.
-- For any other file: `:set filetype=resolution`.
vim.filetype.add({
  extension = { resolution = "resolution" },
  pattern = { [".*%.res%.txt"] = "resolution" },
})
