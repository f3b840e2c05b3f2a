/**
 * `initlint convert FILE [--bindir DIR] [--write]`: prints the template unit
 * that replaces a System V control script (or the unit that calls one), and the
 * `systemctl enable` line naming every daemon. Never runs the script.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from './main.js';
import { convertControlScript, findControlCall, type ConvertOptions } from '../convert/index.js';
import { parseSource, prepareParsers } from '../languages/index.js';
import type { ShellScript } from '../languages/shell/types.js';
import type { UnitFile } from '../languages/systemd/types.js';
import { escapeControl, stripBom } from '../text/index.js';
import { writeFiles } from '../core/write.js';

const USAGE = 'Usage: initlint convert FILE [--bindir DIR] [--write]\n';

const posix = (path: string) => path.split('\\').join('/');

function read(path: string): string {
  return stripBom(readFileSync(path, 'utf8')).text;
}

function parseUnitAt(cwd: string, path: string): UnitFile {
  return parseSource('systemd', read(resolve(cwd, path)), path).tree as UnitFile;
}

/** Units next to the script whose ExecStart= calls it: they tell where it is installed. */
function callerOf(cwd: string, scriptPath: string): ConvertOptions['caller'] {
  const dir = dirname(scriptPath);
  const base = scriptPath.slice(scriptPath.lastIndexOf('/') + 1);
  let names: string[] = [];
  try {
    names = readdirSync(resolve(cwd, dir))
      .filter((n) => n.endsWith('.service'))
      .sort();
  } catch {
    return undefined;
  }
  for (const name of names) {
    const path = posix(join(dir, name));
    if (!statSync(resolve(cwd, path)).isFile()) continue;
    const tree = parseUnitAt(cwd, path);
    const call = findControlCall(tree);
    if (call && call.scriptName === base) return { path, tree, scriptArg: call.scriptArg };
  }
  return undefined;
}

export async function convertCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { bindir: { type: 'string' }, write: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr(`initlint convert: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`initlint convert: expected one FILE\n${USAGE}`);
    return 2;
  }
  if (values.bindir !== undefined && !values.bindir.startsWith('/')) {
    io.stderr(`initlint convert: unexpected --bindir ${values.bindir}, expected an absolute directory\n`);
    return 2;
  }
  const file = posix(relative(io.cwd, resolve(io.cwd, positionals[0])));
  if (!existsSync(resolve(io.cwd, file)) || !statSync(resolve(io.cwd, file)).isFile()) {
    io.stderr(`initlint convert: ${positionals[0]}: no such file\n`);
    return 2;
  }
  await prepareParsers();

  let scriptPath = file;
  let caller: ConvertOptions['caller'];
  if (file.endsWith('.service')) {
    const tree = parseUnitAt(io.cwd, file);
    const call = findControlCall(tree);
    if (!call) {
      io.stderr(`initlint convert: ${file}: ExecStart= does not call a control script (\`NAME-control start\`, \`NAMEctl start\`, \`/etc/init.d/NAME start\`)\n`);
      return 1;
    }
    scriptPath = posix(join(dirname(file), call.scriptName));
    if (!existsSync(resolve(io.cwd, scriptPath))) {
      io.stderr(`initlint convert: ${file} calls ${call.scriptArg}; put ${call.scriptName} next to it to convert it\n`);
      return 1;
    }
    caller = { path: file, tree, scriptArg: call.scriptArg };
  } else {
    caller = callerOf(io.cwd, file);
  }

  const script = parseSource('sysv', read(resolve(io.cwd, scriptPath)), scriptPath).tree as ShellScript;
  const conversion = convertControlScript(script, { scriptPath, ...(values.bindir ? { bindir: values.bindir } : {}), ...(caller ? { caller } : {}) });
  if (!conversion) {
    io.stderr(`initlint convert: ${scriptPath} does not start several daemons; nothing to convert\n`);
    return 1;
  }
  const out = [
    `# ${conversion.unitPath}`,
    `# ${scriptPath} starts ${conversion.instances.length} daemons: ${conversion.instances.map((i) => i.name + (i.optional ? ' (optional)' : '')).join(', ')}`,
    `# ${conversion.bindirNote}`,
    ...(caller ? [`# ${caller.path} calls the script; the template replaces it (remove it)`] : []),
    '',
    conversion.content.trimEnd(),
    '',
    '# Enable one instance per daemon:',
    conversion.enable,
    '',
  ];
  io.stdout(out.join('\n'));
  if (values.write) {
    const { refused } = writeFiles(io.cwd, [{ path: conversion.unitPath, content: conversion.content, mode: 'create' }]);
    for (const r of refused) io.stderr(`initlint convert: ${escapeControl(r.path)}: ${r.reason}\n`);
    if (refused.length) return 1;
    io.stderr(`initlint convert: wrote ${escapeControl(conversion.unitPath)}\n`);
  }
  return 0;
}
