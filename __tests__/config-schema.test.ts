import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configSchema } from '../src/core/config-schema.js';
import { validateConfig } from '../src/core/config.js';
import { configurableRules } from '../src/linter/index.js';

const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../initlint.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(committed);

// Each config as a user writes it; the schema must accept exactly what initlint accepts.
const VALID = [
  '',
  'extends: strict\n',
  'rules:\n  systemd/no-install-section: off\n  openrc/need-net: warning\n  systemd/hardening: warn\n',
  'rules:\n  systemd/required-by-target: [error, {otherTargets: true}]\n',
  'rules:\n  shellcheck/SC2086: off\n',
  'ignore:\n  - "vendor/**"\nmax-file-size: 1048576\nshellcheck: off\n',
  'systemd-version: 252\n',
  'systemd-version: v249\n',
];
const INVALID = [
  'extend: strict\n',
  'extends: loose\n',
  'rules:\n  systemd/required-by-targt: off\n',
  'rules:\n  systemd/no-install-section: loud\n',
  'rules:\n  systemd/required-by-target: [error, {otherTarget: true}]\n',
  'rules:\n  systemd/required-by-target: [error, {otherTargets: "yes"}]\n',
  'rules:\n  systemd/no-install-section: [warning, {depth: 1}]\n',
  'ignore: vendor\n',
  'max-file-size: 0\n',
  'shellcheck: always\n',
  'systemd-version: bookworm\n',
  '- a\n- b\n',
];

describe('initlint.schema.json', () => {
  it('is what npm run gen makes from the rule declarations', () => {
    expect(committed).toEqual(configSchema(configurableRules()));
  });

  it('accepts every config initlint accepts', () => {
    for (const text of VALID) {
      const raw = parseYaml(text);
      expect(() => validateConfig(raw, configurableRules())).not.toThrow();
      expect({ text, errors: validate(raw) ? null : validate.errors }).toEqual({ text, errors: null });
    }
  });

  it('refuses every config initlint refuses', () => {
    for (const text of INVALID) {
      const raw = parseYaml(text);
      expect(() => validateConfig(raw, configurableRules()), text).toThrow();
      expect({ text, valid: validate(raw) }).toEqual({ text, valid: false });
    }
  });
});
