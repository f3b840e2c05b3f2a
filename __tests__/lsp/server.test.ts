import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type CodeAction,
  type CompletionItem,
  type Hover,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { startInProcess, uriOf, type TestClient } from './client.js';

const UNIT = '[Unit]\nDescription=Foo daemon\nAfter=network.target\n\n[Service]\nType=simple\nExecStart=/usr/sbin/food --foreground\n\n[Install]\nRequiredBy=multi-user.target\n';

let dir: string;
let client: TestClient;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'initlint-lsp-'));
  mkdirSync(join(dir, 'units'));
  writeFileSync(join(dir, 'units/food.service'), UNIT);
  writeFileSync(join(dir, 'units/food.socket'), '[Socket]\nListenStream=8080\n');
  client = startInProcess();
  const init = await client.connection.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: uriOf(dir),
    workspaceFolders: [{ uri: uriOf(dir), name: 'w' }],
    capabilities: {},
  });
  expect(init.capabilities.hoverProvider).toBe(true);
  expect(init.serverInfo?.name).toBe('initlint');
  await client.connection.sendNotification(InitializedNotification.type, {});
});
afterAll(() => {
  client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, text: string, languageId = 'systemd') {
  const uri = uriOf(join(dir, path));
  const published = client.diagnostics(uri);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return { uri, diagnostics: await published };
}

/** Applies LSP text edits the way an editor does (from the end, so offsets stay valid). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (line: number, character: number) =>
    text
      .split('\n')
      .slice(0, line)
      .reduce((n, l) => n + l.length + 1, 0) + character;
  return [...edits]
    .sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character))
    .reduce((t, e) => t.slice(0, offset(e.range.start.line, e.range.start.character)) + e.newText + t.slice(offset(e.range.end.line, e.range.end.character)), text);
}

describe('initlint lsp', () => {
  it('publishes diagnostics on open with the rule id as code and its doc as codeDescription', async () => {
    const { diagnostics } = await open('units/a.service', UNIT);
    const required = diagnostics.find((d) => d.code === 'systemd/required-by-target')!;
    expect(required).toMatchObject({
      source: 'initlint',
      severity: 1,
      range: { start: { line: 9, character: 0 }, end: { line: 9, character: 28 } },
      codeDescription: { href: expect.stringMatching(/systemd\/required-by-target\/README\.md$/) },
    });
  });

  it('a quick fix turns RequiredBy= into WantedBy= and the diagnostic goes away after the change', async () => {
    const { uri, diagnostics } = await open('units/b.service', UNIT);
    const required = diagnostics.find((d) => d.code === 'systemd/required-by-target')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: required.range,
      context: { diagnostics: [required] },
    })) as CodeAction[];
    const quickFix = actions.find((a) => a.kind === 'quickfix')!;
    expect(quickFix.isPreferred).toBe(true);
    const fixed = applyEdits(UNIT, quickFix.edit!.changes![uri]);
    expect(fixed).toContain('\nWantedBy=multi-user.target\n');
    const next = client.diagnostics(uri, 2);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    expect((await next).map((d) => d.code)).not.toContain('systemd/required-by-target');
  });

  it('offers "fix all safe problems in this file" as source.fixAll.initlint', async () => {
    const { uri } = await open('units/c.service', UNIT);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.initlint']);
    expect(applyEdits(UNIT, actions[0].edit!.changes![uri])).toContain('WantedBy=multi-user.target');
  });

  it('hover on Type= shows what it does and its man page; on [Service] what the section is for', async () => {
    const { uri } = await open('units/d.service', UNIT);
    const type = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 2 } })) as Hover;
    expect((type.contents as { value: string }).value).toMatch(/^\*\*Type=\*\* in `\[Service\]`\n\nThe readiness protocol/);
    expect((type.contents as { value: string }).value).toContain('[systemd.service(5)](https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=)');
    expect((type.contents as { value: string }).value).toContain('Values: `dbus`, `exec` (systemd 240+), `forking`, `idle`, `notify`, `notify-reload` (systemd 253+), `oneshot`, `simple`.');
    const section = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 3 } })) as Hover;
    expect((section.contents as { value: string }).value).toMatch(/^\*\*\[Service\]\*\*/);
  });

  it('completes keys of the current section, and sections after [', async () => {
    const text = '[Unit]\nDescription=x\n\n[Service]\nRest\n';
    const { uri } = await open('units/e.service', text);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 4 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    expect(labels).toContain('Restart');
    expect(labels).toContain('RestartSec');
    expect(labels).not.toContain('WantedBy'); // an [Install] key
    expect(items.find((i) => i.label === 'Restart')!.insertText).toBe('Restart=');
    // On the blank line after [Unit]'s keys: [Unit] keys, not sections.
    const unitKeys = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 0 } })) as CompletionItem[];
    expect(unitKeys.map((i) => i.label)).toContain('After');
    expect(unitKeys.map((i) => i.label)).not.toContain('ExecStart');
    const typed = '[Unit]\nDescription=x\n[\n';
    const { uri: other } = await open('units/f.service', typed);
    const sections = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: other }, position: { line: 2, character: 1 } })) as CompletionItem[];
    expect(sections.map((i) => [i.label, i.insertText])).toEqual([
      ['Unit', 'Unit]'],
      ['Service', 'Service]'],
      ['Install', 'Install]'],
    ]);
  });

  it('completes the values of an enum key after Key=', async () => {
    const { uri } = await open('units/g.service', '[Service]\nRestart=on-\n');
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 11 } })) as CompletionItem[];
    expect(items.map((i) => i.label)).toEqual(['always', 'no', 'on-abnormal', 'on-abort', 'on-failure', 'on-success', 'on-watchdog']);
  });

  it('hover on a time-span key names its value type and the release that added it', async () => {
    const { uri } = await open('units/h.service', '[Service]\nRestartSteps=5\nRestartSec=5s\n');
    const steps = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 3 } })) as Hover;
    expect((steps.contents as { value: string }).value).toContain('Added in systemd 254.');
    const sec = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
    expect((sec.contents as { value: string }).value).toContain('Value: a time span');
  });

  it('hover on an openrc-run variable says what openrc-run does with it', async () => {
    const script = '#!/sbin/openrc-run\ncommand=/usr/sbin/food\ncommand_background=true\npidfile=/run/food.pid\n\ndepend() {\n\tneed localmount\n}\n';
    const { uri } = await open('init.d/food', script, 'sh');
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 5 } })) as Hover;
    expect((hover.contents as { value: string }).value).toMatch(/^\*\*command_background\*\* \(openrc-run\)/);
  });

  it('cross-file rules see the workspace: the socket on disk activates the service, so no no-install-section', async () => {
    const noInstall = '[Unit]\nDescription=Foo\n\n[Service]\nExecStart=/usr/sbin/food --foreground\n';
    const alone = await open('other/lonely.service', noInstall);
    expect(alone.diagnostics.map((d) => d.code)).toContain('systemd/no-install-section');
    const activated = await open('units/food.service', noInstall);
    expect(activated.diagnostics.map((d) => d.code)).not.toContain('systemd/no-install-section');
  });

  it('a file that is not an init file gets no diagnostics', async () => {
    const { diagnostics } = await open('notes.txt', 'RequiredBy=multi-user.target\n', 'plaintext');
    expect(diagnostics).toEqual([]);
  });
});
