// scripts/gen-directives.mjs: the gperf parser on both syntaxes systemd used (m4 up to v250, jinja
// after), the release bookkeeping, and — where a systemd git directory is present — one real tag.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  parser: string;
  ltype: string;
  lookup?: string;
  words?: Set<string>;
}
interface Gen {
  parseGperf(text: string): Map<string, Entry>;
  history(scans: Array<{ release: number; keys: Map<string, Entry> }>): Map<string, unknown>;
  record(row: unknown, newest: number, scanned: number[]): Record<string, unknown>;
  scanTag(tag: string): Map<string, Entry>;
  useGitDir(dir: string): void;
}
// A computed path: the script is plain JavaScript without type declarations.
const scriptPath = '../scripts/gen-directives.mjs';
const gen = (await import(scriptPath)) as Gen;

const parsers = (entries: Map<string, Entry>) => Object.fromEntries([...entries].map(([k, v]) => [k, `${v.parser} ${v.ltype}`]));

describe('parseGperf', () => {
  it('expands m4 macros per section and prefers the real parser over a compiled-out stub', () => {
    const m4 = [
      'struct ConfigPerfItem;',
      '%%',
      "m4_define(`EXEC_CONTEXT_CONFIG_ITEMS',",
      '`$1.WorkingDirectory,   config_parse_working_directory,  0,     offsetof($1, exec_context)',
      "m4_ifdef(`HAVE_PAM',",
      "`$1.PAMName,            config_parse_unit_string_printf, 0,     offsetof($1, exec_context.pam_name)',",
      "`$1.PAMName,            config_parse_warn_compat,        DISABLED_CONFIGURATION, 0')'",
      ')m4_dnl',
      'Unit.Description,       config_parse_unit_string_printf, 0,     offsetof(Unit, description)',
      'Service.Type,           config_parse_service_type,       0,     offsetof(Service, type)',
      'EXEC_CONTEXT_CONFIG_ITEMS(Service)m4_dnl',
      'EXEC_CONTEXT_CONFIG_ITEMS(Socket)m4_dnl',
      'Install.Alias,          NULL,                            0,     0',
    ].join('\n');
    expect(parsers(gen.parseGperf(m4))).toEqual({
      'Unit.Description': 'config_parse_unit_string_printf 0',
      'Service.Type': 'config_parse_service_type 0',
      'Service.WorkingDirectory': 'config_parse_working_directory 0',
      'Service.PAMName': 'config_parse_unit_string_printf 0',
      'Socket.WorkingDirectory': 'config_parse_working_directory 0',
      'Socket.PAMName': 'config_parse_unit_string_printf 0',
      'Install.Alias': 'NULL 0',
    });
  });

  it('expands jinja macros, keeps ltype, and reads a parser name followed by a space', () => {
    const jinja = [
      '{%- macro KILL_CONTEXT_CONFIG_ITEMS(type) -%}',
      '{{type}}.SendSIGKILL,   config_parse_bool,       0,   offsetof({{type}}, kill_context.send_sigkill)',
      '{{type}}.KillMode,      config_parse_kill_mode , 0,   offsetof({{type}}, kill_context.kill_mode)',
      '{%- endmacro -%}',
      '%%',
      '{% if HAVE_SECCOMP %}',
      'Service.LockPersonality, config_parse_bool,       0,   offsetof(Service, lp)',
      '{% else %}',
      'Service.LockPersonality, config_parse_warn_compat, DISABLED_CONFIGURATION, 0',
      '{% endif %}',
      'Service.Capabilities,   config_parse_warn_compat, DISABLED_LEGACY, 0',
      'Service.LimitNOFILE,    config_parse_rlimit,     RLIMIT_NOFILE, offsetof(Service, exec_context.rlimit)',
      "{{ KILL_CONTEXT_CONFIG_ITEMS('Scope') }}",
    ].join('\n');
    expect(parsers(gen.parseGperf(jinja))).toEqual({
      'Service.LockPersonality': 'config_parse_bool 0',
      'Service.Capabilities': 'config_parse_warn_compat DISABLED_LEGACY',
      'Service.LimitNOFILE': 'config_parse_rlimit RLIMIT_NOFILE',
      'Scope.SendSIGKILL': 'config_parse_bool 0',
      'Scope.KillMode': 'config_parse_kill_mode 0',
    });
  });
});

describe('history and record', () => {
  const entry = (parser: string, words?: string[], ltype = '0'): Entry => ({ parser, ltype, ...(words ? { lookup: 'x', words: new Set(words) } : {}) });
  const BOOL = ['1', 'yes', 'y', 'true', 't', 'on', '0', 'no', 'n', 'false', 'f', 'off'];
  // scanTag gives a config_parse_bool key the boolean words, without a table.
  const boolean = (): Entry => ({ parser: 'config_parse_bool', ltype: '0', words: new Set(BOOL) });
  const scans = [
    {
      release: 240,
      keys: new Map([
        ['Service.PrivateTmp', boolean()],
        ['Unit.Old', boolean()],
        ['Service.MemoryLimit', entry('config_parse_memory_limit')],
      ]),
    },
    {
      release: 250,
      keys: new Map([
        ['Service.PrivateTmp', boolean()],
        ['Service.Type', entry('config_parse_service_type', ['simple', 'syslog'])],
        ['Service.MemoryLimit', entry('config_parse_memory_limit')],
      ]),
    },
    {
      release: 257,
      keys: new Map([
        ['Service.PrivateTmp', entry('config_parse_private_tmp', ['no', 'connected', 'disconnected', ...BOOL])],
        ['Service.Type', entry('config_parse_service_type', ['simple', 'notify-reload'])],
        ['Service.MemoryLimit', entry('config_parse_warn_compat', undefined, 'DISABLED_LEGACY')],
      ]),
    },
  ];
  const rows = gen.history(scans);
  const out = (id: string) => gen.record(rows.get(id), 257, [240, 250, 257]);

  it('a key that became an enum: its boolean words count from when it was a boolean, its new words from their release', () => {
    expect(out('Service.PrivateTmp')).toEqual({ parser: 'config_parse_private_tmp', since: 240, lookup: 'x', booleans: 240, values: { connected: 257, disconnected: 257 } });
  });

  it('values per release, and a value the newest release dropped', () => {
    expect(out('Service.Type')).toEqual({ parser: 'config_parse_service_type', since: 250, lookup: 'x', values: { 'notify-reload': 257, simple: 250 }, valuesRemoved: { syslog: 257 } });
  });

  it('a key later only accepted to be ignored, and a key removed', () => {
    expect(out('Service.MemoryLimit')).toEqual({ parser: 'config_parse_warn_compat', ltype: 'DISABLED_LEGACY', since: 240, deprecated: 'ignored', deprecatedSince: 257 });
    expect(out('Unit.Old')).toEqual({ parser: 'config_parse_bool', since: 240, removed: 250 });
  });
});

const gitDir = [process.env.SYSTEMD_GIT_DIR, '/work/.mirror/bernaferrari+systemd/repo'].find((d) => d && existsSync(d));
if (!gitDir) console.warn('gen-directives: no systemd git directory (set SYSTEMD_GIT_DIR); skipping the scan of a real tag');

describe.skipIf(!gitDir)('a real tag (v253)', () => {
  it('reads keys, macro sections, [Install] parsers and enum words', () => {
    gen.useGitDir(gitDir!);
    const keys = gen.scanTag('v253');
    const type = keys.get('Service.Type')!;
    expect(type.lookup).toBe('service_type');
    expect([...type.words!].sort()).toEqual(['dbus', 'exec', 'forking', 'idle', 'notify', 'notify-reload', 'oneshot', 'simple']);
    expect(keys.get('Socket.ProtectSystem')?.lookup).toBe('protect_system');
    expect(keys.get('Socket.ProtectSystem')?.words?.has('strict')).toBe(true);
    expect(keys.get('Unit.FailureAction')?.lookup).toBe('emergency_action');
    expect(keys.get('Install.WantedBy')?.parser).toBe('config_parse_strv');
    expect(keys.get('Service.RestartSteps')).toBeUndefined();
  }, 60_000);
});
