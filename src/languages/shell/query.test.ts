import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellParser, parseShell } from './parse.js';
import { commandsForActions, reachableFunctions } from './query.js';
import type { ShellScript } from './types.js';

let script: ShellScript;

beforeAll(async () => {
  await loadShellParser();
  script = parseShell(
    [
      '#!/bin/sh',
      'helper() { echo old; }',
      'helper() { log_begin; pidof d; }',
      'log_begin() { echo begin; again; }',
      'again() { log_begin; }',
      'unused() { rm -f /x; }',
      'do_stop() { kill "$pid"; }',
      'case "$1" in',
      '  start) helper; start-stop-daemon --start --exec /usr/sbin/d ;;',
      '  stop) echo stopping ;;',
      'esac',
      '',
    ].join('\n'),
  );
});

describe('reachableFunctions', () => {
  it('follows calls through functions, the last definition of a name, cycles once, and skips commands that are not functions', () => {
    const start = script.cases[0].arms[0].commands;
    expect([...reachableFunctions(script, start)]).toEqual(['helper', 'log_begin', 'again']);
    expect([...reachableFunctions(script, [{ name: 'again' }, { name: 'pidof' }])]).toEqual(['again', 'log_begin']);
    expect(reachableFunctions(script, [{ name: 'echo' }]).size).toBe(0);
  });
});

describe('commandsForActions', () => {
  it('takes the arm of the action, the functions it reaches (every definition of a name), and functions named after the action', () => {
    expect(commandsForActions(script, ['start']).map((c) => c.name)).toEqual(['helper', 'start-stop-daemon', 'echo', 'log_begin', 'pidof', 'echo', 'again', 'log_begin']);
    expect(commandsForActions(script, ['stop']).map((c) => c.name)).toEqual(['echo', 'kill']);
  });
});
