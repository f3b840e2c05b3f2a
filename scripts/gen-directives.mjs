#!/usr/bin/env node
// Regenerates src/languages/systemd/directives.json, the table of the keys each
// unit-file section accepts, from the installed systemd's own parser table
// (`systemd --dump-configuration-items`). Run `npm run gen-directives` on a
// machine with systemd; the JSON is committed so linting never needs systemd.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/languages/systemd/directives.json');

const candidates = [process.env.SYSTEMD_BINARY, '/lib/systemd/systemd', '/usr/lib/systemd/systemd'].filter(Boolean);
const binary = candidates.find((p) => existsSync(p));
if (!binary) {
  console.error(`gen-directives: no systemd binary (tried ${candidates.join(', ')}); set SYSTEMD_BINARY`);
  process.exit(1);
}
const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
const dump = execFileSync(binary, ['--dump-configuration-items'], { encoding: 'utf8' });

/** @type {Record<string, Set<string>>} */
const sections = {};
let current;
for (const line of dump.split('\n')) {
  const header = /^\[([^\]]+)\]$/.exec(line);
  if (header) {
    current = sections[header[1]] ??= new Set();
    continue;
  }
  const key = /^([A-Za-z0-9]+)=/.exec(line);
  if (key && current) current.add(key[1]);
}

// Keys added by systemd releases newer than the one this table was built from,
// so that units written for them are not called unknown. Each with its release.
const NEWER = {
  Unit: { SurviveFinalKillSignal: 255, WantsMountsFor: 256, ConditionKernelModuleLoaded: 256, AssertKernelModuleLoaded: 256 },
  Service: { OpenFile: 253, ReloadSignal: 253, RestartMode: 254, RestartSteps: 254, RestartMaxDelaySec: 254, CoredumpReceive: 255 },
  Exec: { MemoryKSM: 254, RootEphemeral: 254, ImportCredential: 254, SetLoginEnvironment: 255, LogFilterPatterns: 253, RootImagePolicy: 254, MountImagePolicy: 254, ExtensionImagePolicy: 254, PrivatePIDs: 257, BindLogSockets: 257 },
  CGroup: { MemoryZSwapMax: 253, MemoryZSwapWriteback: 256, MemoryPressureWatch: 254, MemoryPressureThresholdSec: 254, NFTSet: 254, DelegateSubgroup: 254, ManagedOOMMemoryPressureDurationSec: 257 },
  Socket: { PollLimitIntervalSec: 255, PollLimitBurst: 255 },
};
// The sections that take exec/kill (Exec) and resource-control (CGroup) settings.
const EXEC = ['Service', 'Socket', 'Mount', 'Swap'];
const CGROUP = ['Service', 'Socket', 'Mount', 'Swap', 'Slice', 'Scope'];
const add = (name, keys) => {
  if (!sections[name]) return;
  for (const k of Object.keys(keys)) sections[name].add(k);
};
add('Unit', NEWER.Unit);
add('Service', NEWER.Service);
add('Socket', NEWER.Socket);
for (const s of EXEC) add(s, NEWER.Exec);
for (const s of CGROUP) add(s, NEWER.CGroup);

// Which sections a unit file of each type may have (systemd.unit(5) and the per-type pages).
const unitTypes = {
  service: ['Unit', 'Service', 'Install'],
  socket: ['Unit', 'Socket', 'Install'],
  mount: ['Unit', 'Mount', 'Install'],
  automount: ['Unit', 'Automount', 'Install'],
  swap: ['Unit', 'Swap', 'Install'],
  timer: ['Unit', 'Timer', 'Install'],
  path: ['Unit', 'Path', 'Install'],
  slice: ['Unit', 'Slice', 'Install'],
  scope: ['Unit', 'Scope', 'Install'],
  target: ['Unit', 'Install'],
  device: ['Unit', 'Install'],
};
for (const [type, list] of Object.entries(unitTypes)) {
  for (const s of list) if (!sections[s]) throw new Error(`gen-directives: ${binary} has no [${s}] section (needed by .${type})`);
}

// Keys shared by every section that runs processes (exec/kill settings) or
// takes resource control are stored once, as groups, to keep the file small.
const common = (names) => [...sections[names[0]]].filter((k) => names.every((n) => sections[n].has(k))).sort();
const cgroup = common(CGROUP);
const exec = common(EXEC).filter((k) => !cgroup.includes(k));
const groups = { exec, cgroup };
const layout = {};
for (const name of Object.keys(sections).sort()) {
  const uses = [EXEC.includes(name) ? 'exec' : null, CGROUP.includes(name) ? 'cgroup' : null].filter(Boolean);
  const shared = new Set(uses.flatMap((g) => groups[g]));
  layout[name] = { groups: uses, keys: [...sections[name]].filter((k) => !shared.has(k)).sort() };
}
const body = [
  '{',
  `  "generatedBy": "npm run gen-directives",`,
  `  "systemd": ${JSON.stringify(version)},`,
  `  "newer": ${JSON.stringify(NEWER)},`,
  `  "unitTypes": ${JSON.stringify(unitTypes)},`,
  `  "groups": {`,
  Object.entries(groups).map(([g, keys]) => `    ${JSON.stringify(g)}: ${JSON.stringify(keys)}`).join(',\n'),
  '  },',
  '  "sections": {',
  Object.entries(layout).map(([s, v]) => `    ${JSON.stringify(s)}: ${JSON.stringify(v)}`).join(',\n'),
  '  }',
  '}',
  '',
].join('\n');
writeFileSync(out, body);
console.log(`gen-directives: ${Object.keys(sections).length} sections, ${Object.values(sections).reduce((n, k) => n + k.size, 0)} keys from ${version}`);
