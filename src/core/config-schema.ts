/**
 * The JSON Schema of `.initlint.yml`, built from the same rule declarations (ids and declared
 * options) that config validation reads, so editors (yaml-language-server) complete and check what
 * initlint accepts. `npm run gen` writes it to initlint.schema.json; a test holds it to
 * `validateConfig`'s verdicts.
 */
import type { OptionSpec, RuleSpec } from './config.js';

/** A JSON Schema (draft-07) value; only the keywords this module writes. */
export type JsonSchema = Record<string, unknown>;

/** The level words a rule setting takes (the aliases `validateConfig` also reads). */
export const LEVEL_WORDS = ['off', 'info', 'warning', 'error', 'warn', 'information', 'notice'];

const OPTION_TYPE: Record<OptionSpec['type'], JsonSchema> = {
  boolean: { type: 'boolean' },
  string: { type: 'string' },
  number: { type: 'number' },
  'string[]': { type: 'array', items: { type: 'string' } },
};

function ruleSetting(spec: RuleSpec | string): JsonSchema {
  const level = { enum: LEVEL_WORDS };
  const options = typeof spec === 'string' ? undefined : spec.options;
  const names = Object.keys(options ?? {});
  if (typeof spec !== 'string' && names.length === 0) return { oneOf: [level, { type: 'array', items: [level], minItems: 1, maxItems: 1 }] };
  const optionsSchema: JsonSchema = options
    ? {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          names.map((name) => [
            name,
            { ...OPTION_TYPE[options[name].type], description: options[name].description, ...(options[name].default !== undefined ? { default: options[name].default } : {}) },
          ]),
        ),
      }
    : {};
  return { oneOf: [level, { type: 'array', items: [level, optionsSchema], minItems: 1, maxItems: 2 }] };
}

/** The schema of a config that knows these rules (their ids, and options where declared). */
export function configSchema(known: readonly (RuleSpec | string)[]): JsonSchema {
  const rules = Object.fromEntries(known.map((k) => [typeof k === 'string' ? k : k.id, ruleSetting(k)]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'initlint configuration (.initlint.yml)',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      extends: { enum: ['recommended', 'strict'], description: 'The preset: `strict` also turns on the rules marked strict.' },
      rules: {
        type: 'object',
        description: 'Rule levels: off, info, warning or error, or [level, options].',
        properties: rules,
        patternProperties: { '^shellcheck/SC[0-9]{4}$': { oneOf: [{ enum: LEVEL_WORDS }, { type: 'array', items: [{ enum: LEVEL_WORDS }], minItems: 1, maxItems: 2 }] } },
        additionalProperties: false,
      },
      ignore: { type: 'array', items: { type: 'string' }, description: 'Globs of paths never linted (besides .gitignore).' },
      'max-file-size': { type: 'integer', minimum: 1, description: 'Files larger than this many bytes are skipped with a notice.' },
      shellcheck: { enum: ['auto', 'off'], description: 'Hand scripts to shellcheck when a binary is found (auto), or never.' },
      'systemd-version': {
        oneOf: [
          { type: 'integer', minimum: 1, maximum: 9999 },
          { type: 'string', pattern: '^\\s*([Ss][Yy][Ss][Tt][Ee][Mm][Dd]\\s*|[Vv])?[0-9]{1,4}\\s*$' },
        ],
        description: 'The oldest systemd the units must run on: keys and values newer than it are reported.',
      },
    },
  };
}
