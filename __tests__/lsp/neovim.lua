-- Drives Neovim's built-in LSP client (0.7 API) against `initlint lsp`, headless.
-- Arguments come from the environment: INITLINT_CMD (JSON array), UNIT_PATH, RESULT_PATH.
local result = {}
local function finish()
  local out = io.open(os.getenv('RESULT_PATH'), 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local unit = os.getenv('UNIT_PATH')
  local client_id = vim.lsp.start_client({
    cmd = vim.fn.json_decode(os.getenv('INITLINT_CMD')),
    root_dir = vim.fn.fnamemodify(unit, ':h'),
    name = 'initlint',
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(unit))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  local function diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(list, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), lnum = d.lnum })
    end
    return list
  end
  local function has(code)
    for _, d in ipairs(diagnostics()) do if d.code == code then return d end end
    return nil
  end

  vim.wait(10000, function() return has('systemd/required-by-target') ~= nil end, 50)
  local found = has('systemd/required-by-target')
  result.before = found and (found.lnum + 1) or false

  -- The quick fix, as `vim.lsp.buf.code_action()` would apply it.
  local lsp_diags = vim.lsp.diagnostic.get_line_diagnostics(buf, found.lnum)
  local params = vim.lsp.util.make_range_params()
  params.range = { start = { line = found.lnum, character = 0 }, ['end'] = { line = found.lnum, character = 0 } }
  params.context = { diagnostics = lsp_diags }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 5000)
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.kind == 'quickfix' and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        result.applied = action.title
      end
    end
  end
  result.line9 = vim.api.nvim_buf_get_lines(buf, 8, 9, false)[1]
  vim.wait(10000, function() return has('systemd/required-by-target') == nil end, 50)
  result.after = has('systemd/required-by-target') == nil

  -- Hover on Type= (line 5) and completion after `Rest` in [Service].
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 4, character = 1 },
  }, 5000)
  for _, response in pairs(hover or {}) do
    if response.result then result.hover = response.result.contents.value end
  end
  vim.api.nvim_buf_set_lines(buf, 5, 5, false, { 'Rest' })
  local completion = vim.lsp.buf_request_sync(buf, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 5, character = 4 },
  }, 5000)
  result.completion = {}
  for _, response in pairs(completion or {}) do
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      if vim.startswith(item.label, 'Rest') then table.insert(result.completion, item.label) end
    end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
finish()
