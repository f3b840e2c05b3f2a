// Fix proofs for the systemd rules about a unit's structure and dependencies (sections,
// directives, [Install], Requires=/Wants=/After=, specifiers, hardening): for every fixable rule, its
// fix (1) makes the rule stop firing, (2) brings no new finding of any rule,
// (3) keeps a BOM and CRLF line endings, and (4) gives `systemd-analyze verify`
// no error it did not already report on the original unit.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { fixText, lintFiles, type LintInput } from '../../src/linter/index.js';
import type { Rule } from '../../src/core/rule.js';
import deprecatedDirective from '../../src/rules/systemd/deprecated-directive/index.js';
import duplicateDirective from '../../src/rules/systemd/duplicate-directive/index.js';
import hardening from '../../src/rules/systemd/hardening/index.js';
import networkTargetClient from '../../src/rules/systemd/network-target-client/index.js';
import noInstallSection from '../../src/rules/systemd/no-install-section/index.js';
import preferWants from '../../src/rules/systemd/prefer-wants/index.js';
import requiredByTarget from '../../src/rules/systemd/required-by-target/index.js';
import requiresWithoutAfter from '../../src/rules/systemd/requires-without-after/index.js';
import specifierMisuse from '../../src/rules/systemd/specifier-misuse/index.js';
import unknownDirective from '../../src/rules/systemd/unknown-directive/index.js';
import unknownSection from '../../src/rules/systemd/unknown-section/index.js';
import unusualWantedby from '../../src/rules/systemd/unusual-wantedby/index.js';

interface Proof {
  rule: Rule<any>;
  name: string;
  path: string;
  /** LF text without BOM; the proof also runs it with BOM and CRLF. */
  code: string;
  others?: LintInput[];
}

const INSTALL = '\n[Install]\nWantedBy=multi-user.target\n';

const proofs: Proof[] = [
  {
    rule: requiredByTarget,
    name: 'seed 004 oneshot',
    path: 'sdbproof-upgrade.service',
    code: '[Unit]\nDescription=Upgrade check\n\n[Service]\nType=oneshot\nExecStart=/bin/true\n\n[Install]\nRequiredBy=multi-user.target\n',
  },
  {
    rule: requiresWithoutAfter,
    name: 'Requires= without After=',
    path: 'sdbproof-web.service',
    code: `[Unit]\nDescription=Web\nRequires=sdbproof-db.service\n\n[Service]\nExecStart=/bin/true\nUser=nobody\n${INSTALL}`,
    others: [{ path: 'sdbproof-db.service', text: `[Unit]\nDescription=DB\n\n[Service]\nExecStart=/bin/true\nUser=nobody\n${INSTALL}` }],
  },
  {
    rule: preferWants,
    name: 'Requires= a target',
    path: 'sdbproof-client.service',
    code: `[Unit]\nDescription=Client\nRequires=network-online.target\nAfter=network-online.target\n\n[Service]\nType=oneshot\nExecStart=/bin/true\n${INSTALL}`,
  },
  {
    rule: deprecatedDirective,
    name: 'MemoryLimit=, StartLimitInterval= and StandardOutput=syslog (safe)',
    path: 'sdbproof-old.service',
    code: `[Unit]\nDescription=Old\n\n[Service]\nType=oneshot\nExecStart=/bin/true\nMemoryLimit=512M\nStartLimitInterval=30\nStartLimitBurst=3\nStandardOutput=syslog\n${INSTALL}`,
  },
  {
    rule: deprecatedDirective,
    name: 'CPUShares=, BlockIOWeight=, PermissionsStartOnly= (unsafe)',
    path: 'sdbproof-old2.service',
    code: `[Unit]\nDescription=Old\n\n[Service]\nType=oneshot\nUser=nobody\nPermissionsStartOnly=yes\nExecStartPre=/bin/true\nExecStart=/bin/true\nCPUShares=2048\nBlockIOWeight=1000\n${INSTALL}`,
  },
  {
    rule: networkTargetClient,
    name: 'client after network.target',
    path: 'sdbproof-ping.service',
    code: `[Unit]\nDescription=Ping\nAfter=network.target\n\n[Service]\nType=oneshot\nExecStart=/bin/true https://example.org/ping\n${INSTALL}`,
  },
  {
    rule: unknownSection,
    name: '[Instal]',
    path: 'sdbproof-typo.service',
    code: '[Unit]\nDescription=Typo\n\n[Service]\nType=oneshot\nExecStart=/bin/true\n\n[Instal]\nWantedBy=multi-user.target\n',
  },
  {
    rule: unknownDirective,
    name: 'ExecStrat= typo',
    path: 'sdbproof-key.service',
    code: `[Unit]\nDescription=Key\n\n[Service]\nType=oneshot\nExecStrat=/bin/true\n${INSTALL}`,
  },
  {
    rule: unknownDirective,
    name: 'After= in [Service]',
    path: 'sdbproof-move.service',
    code: `[Unit]\nDescription=Move\n\n[Service]\nType=oneshot\nAfter=local-fs.target\nExecStart=/bin/true\n${INSTALL}`,
  },
  {
    rule: duplicateDirective,
    name: 'User= twice',
    path: 'sdbproof-dup.service',
    code: `[Unit]\nDescription=Dup\n\n[Service]\nType=oneshot\nUser=root\nExecStart=/bin/true\nUser=nobody\n${INSTALL}`,
  },
  {
    rule: specifierMisuse,
    name: 'lone % and unknown specifier',
    path: 'sdbproof-pct.service',
    code: `[Unit]\nDescription=Percent\n\n[Service]\nType=oneshot\nExecStart=/bin/true 50% +%z\n${INSTALL}`,
  },
  {
    rule: unusualWantedby,
    name: 'WantedBy=network.target',
    path: 'sdbproof-wb.service',
    code: '[Unit]\nDescription=WB\n\n[Service]\nType=oneshot\nExecStart=/bin/true\n\n[Install]\nWantedBy=network.target\n',
  },
  {
    rule: noInstallSection,
    name: 'no [Install]',
    path: 'sdbproof-static.service',
    code: '[Unit]\nDescription=Static\n\n[Service]\nType=oneshot\nExecStart=/bin/true\n',
  },
  {
    rule: hardening,
    name: 'network daemon without sandboxing',
    path: 'sdbproof-food.service',
    code: `[Unit]\nDescription=Food\nAfter=network.target\n\n[Service]\nExecStart=/bin/true\nUser=nobody\n${INSTALL}`,
  },
];

function strict() {
  const config = defaultConfig();
  config.extends = 'strict';
  return config;
}

/** Findings of every rule, as `ruleId: message` (line numbers inside messages blanked), counted. */
async function findingBag(path: string, text: string, others: LintInput[] = []): Promise<Map<string, number>> {
  const [result] = await lintFiles([{ path, text }, ...others], { config: strict() });
  const bag = new Map<string, number>();
  for (const f of result.findings) {
    const key = `${f.ruleId}: ${f.message.replace(/\bline \d+/g, 'line N')}`;
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

const analyze = (() => {
  try {
    execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!analyze) console.warn('fix-proofs/unit-structure-fixes: systemd-analyze not found; the verify step is skipped');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Error lines of `systemd-analyze verify` for the unit, its directory name removed. */
function verify(path: string, text: string, others: LintInput[] = []): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-proof-'));
  dirs.push(dir);
  for (const f of [...others, { path, text }]) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  const run = spawnSync('systemd-analyze', ['verify', '--man=no', join(dir, path)], { encoding: 'utf8', cwd: dir, timeout: 30_000 });
  return new Set(
    `${run.stdout}\n${run.stderr}`
      .split('\n')
      .map((l) =>
        l
          .split(dir + '/')
          .join('')
          .trim(),
      )
      .filter(Boolean)
      // Line numbers move when a fix adds or removes lines.
      .map((l) => l.replace(/^([^:]+):\d+:/, '$1:N:')),
  );
}

const crlfBom = (s: string) => '\uFEFF' + s.replace(/\n/g, '\r\n');

describe('fix proofs: systemd rules of sdB', () => {
  it('cover every fixable rule of sdB', () => {
    const covered = new Set(proofs.map((p) => p.rule.id));
    for (const rule of [
      requiredByTarget,
      requiresWithoutAfter,
      preferWants,
      deprecatedDirective,
      networkTargetClient,
      unknownSection,
      unknownDirective,
      duplicateDirective,
      specifierMisuse,
      unusualWantedby,
      noInstallSection,
      hardening,
    ]) {
      expect(rule.fixable, rule.id).toBeDefined();
      expect(covered.has(rule.id), rule.id).toBe(true);
    }
  });

  for (const proof of proofs) {
    describe(`${proof.rule.id}: ${proof.name}`, () => {
      const fix = (text: string) => fixText(proof.path, text, { config: strict(), rules: [proof.rule], unsafe: true, others: proof.others });

      it('the rule fires on the original and not on the fixed unit; no new finding of any rule', async () => {
        const before = await findingBag(proof.path, proof.code, proof.others);
        expect([...before.keys()].some((k) => k.startsWith(`${proof.rule.id}:`))).toBe(true);
        const { output } = await fix(proof.code);
        expect(output).not.toBe(proof.code);
        const after = await findingBag(proof.path, output, proof.others);
        expect([...after.keys()].filter((k) => k.startsWith(`${proof.rule.id}:`))).toEqual([]);
        const added = [...after].filter(([k, n]) => n > (before.get(k) ?? 0)).map(([k]) => k);
        expect(added).toEqual([]);
      });

      it('keeps the BOM and CRLF line endings', async () => {
        const lf = (await fix(proof.code)).output;
        const { output } = await fix(crlfBom(proof.code));
        expect(output).toBe(crlfBom(lf));
      });

      it.skipIf(!analyze)('systemd-analyze verify reports no new error', async () => {
        const { output } = await fix(proof.code);
        const before = verify(proof.path, proof.code, proof.others);
        const after = verify(proof.path, output, proof.others);
        if (process.env.SDB_DEBUG) console.log(proof.name, [...before], [...after]);
        expect([...after].filter((l) => !before.has(l))).toEqual([]);
      });
    });
  }
});
