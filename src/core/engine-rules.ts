/**
 * The two findings the engine itself reports, described like every other
 * rule so that SARIF, the README table (scripts/gen.mjs) and the config read
 * one description: `parse-error` (the parser's) and `unused-suppression`.
 */
import { man } from './provenance.js';
import { DOCS_BASE, type RuleMeta } from './rule.js';

/** Metadata of a rule, with the URL of its documentation. */
export type DocumentedRule = RuleMeta & { url: string };

const EVERY_KIND = ['systemd', 'openrc', 'openrc-conf', 'sysv'] as const;

/** A file that its init system cannot read as written. */
export const parseError: DocumentedRule = {
  id: 'parse-error',
  kinds: EVERY_KIND,
  severity: 'error',
  docs: { summary: 'the file cannot be parsed', source: [man('systemd.syntax(7)')] },
  messages: {},
  url: `${DOCS_BASE}parse-error/README.md`,
};

/** An `initlint-disable…` comment that suppresses nothing. */
export const unusedSuppression: DocumentedRule = {
  id: 'unused-suppression',
  kinds: EVERY_KIND,
  severity: 'warning',
  docs: { summary: 'an `initlint-disable` comment suppresses nothing', source: [{ kind: 'initlint', note: 'initlint suppression comments (README, Configuration)' }] },
  fixable: 'safe',
  messages: { unused: 'Unexpected suppression `initlint-{comment}`: it suppresses nothing, remove it' },
  url: `${DOCS_BASE}unused-suppression/README.md`,
};

/** More findings in one file than a review can take: the rest are counted, not listed. */
export const tooManyFindings: DocumentedRule = {
  id: 'too-many-findings',
  kinds: EVERY_KIND,
  severity: 'info',
  docs: {
    summary: 'more findings in one file than are shown; the rest are counted',
    source: [{ kind: 'initlint', note: 'issue 11: a cap with a count on findings per file, so garbage never floods a review' }],
  },
  messages: { omitted: '{count} more findings in this file are not shown (at most {max} per file): fix these, or run initlint on the file locally to see them all' },
  url: `${DOCS_BASE}too-many-findings/README.md`,
};

/** The engine's own rules, in the order the README lists them. */
export const ENGINE_RULES: readonly DocumentedRule[] = [parseError, unusedSuppression, tooManyFindings];
