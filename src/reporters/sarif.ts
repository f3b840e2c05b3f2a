import { fingerprint } from '../core/fingerprint.js';
import { ENGINE_RULES, type DocumentedRule } from '../core/engine-rules.js';
import { formatSources } from '../core/provenance.js';
import type { RuleMeta } from '../core/rule.js';
import type { FileResult, Finding, Fix, Severity } from '../core/types.js';
import { VERSION } from '../text/version.js';
import { rules as allRules } from '../rules/index.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A SARIF reportingDescriptor, as far as initlint fills one. */
interface SarifDescriptor {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  help?: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note'; enabled?: boolean };
  properties?: Record<string, unknown>;
}

export interface SarifOptions {
  /** Tool version, shown by code scanning. */
  version?: string;
  rules?: readonly (RuleMeta & { url: string })[];
}

/** The descriptors of the engine's rules and of `rules`, in that order. */
function ruleDescriptors(rules: readonly (RuleMeta & { url: string })[]): SarifDescriptor[] {
  const help = (rule: RuleMeta) => ({ text: `${rule.docs.summary} Source: ${formatSources(rule.docs.source)}.` });
  return [
    ...ENGINE_RULES.map((rule: DocumentedRule) => ({
      id: rule.id,
      shortDescription: { text: rule.docs.summary },
      helpUri: rule.url,
      help: help(rule),
      defaultConfiguration: { level: LEVEL[rule.severity] },
      ...(rule.fixable ? { properties: { fixable: rule.fixable } } : {}),
    })),
    ...rules.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.docs.summary },
      helpUri: rule.url,
      help: help(rule),
      defaultConfiguration: { level: LEVEL[rule.severity], ...(rule.strict ? { enabled: false } : {}) },
      properties: { tags: [rule.kinds[0]], ...(rule.fixable ? { fixable: rule.fixable } : {}) },
    })),
  ];
}

/**
 * A fix as SARIF `fixes`: replacements in this file, whole-file contents for the files it creates,
 * and for a file it deletes, a replacement of all its text by nothing, marked `deleteFile` (SARIF has
 * no deletion of its own). A deleted file whose text the report does not hold gets no change.
 */
/** A SARIF artifactChange, as far as initlint fills one. */
interface ArtifactChange {
  artifactLocation: { uri: string };
  replacements: Array<{ deletedRegion: Record<string, number>; insertedContent?: { text: string } }>;
  properties?: { deleteFile: true };
}

function sarifFixes(path: string, fix: Fix, texts: ReadonlyMap<string, string>) {
  const here = fix.edits.length
    ? [
        {
          artifactLocation: { uri: path },
          replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
        },
      ]
    : [];
  const files = (fix.files ?? []).flatMap((file): ArtifactChange[] => {
    if (file.content !== null) {
      return [{ artifactLocation: { uri: file.path }, replacements: [{ deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, insertedContent: { text: file.content } }] }];
    }
    const text = texts.get(file.path);
    return text === undefined
      ? []
      : [{ artifactLocation: { uri: file.path }, replacements: [{ deletedRegion: { charOffset: 0, charLength: text.length } }], properties: { deleteFile: true as const } }];
  });
  return [{ description: { text: fix.description }, artifactChanges: [...here, ...files] }];
}

/** The index of a finding's rule; rules from outside the set (shellcheck/SC####) get a descriptor on first use. */
function ruleIndexOf(descriptors: SarifDescriptor[], index: Map<string, number>, f: Finding): number {
  let ruleIndex = index.get(f.ruleId);
  if (ruleIndex === undefined) {
    ruleIndex = descriptors.length;
    index.set(f.ruleId, ruleIndex);
    descriptors.push({ id: f.ruleId, shortDescription: { text: f.ruleId }, helpUri: f.url ?? '', defaultConfiguration: { level: LEVEL[f.severity] } });
  }
  return ruleIndex;
}

/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: rule metadata with
 * `helpUri`, `partialFingerprints` that survive line moves, and `fixes`.
 */
export function formatSarif(results: readonly FileResult[], options: SarifOptions = {}): string {
  const descriptors = ruleDescriptors(options.rules ?? allRules);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const texts = new Map(results.flatMap((r) => (r.text === undefined ? [] : [[r.path, r.text] as const])));
  const sarifResults = results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndexOf(descriptors, index, f),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.path },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      partialFingerprints: { 'initlint/v1': fingerprint(r.path, f.ruleId, r.text, f) },
      ...(f.fix && r.text !== undefined ? { fixes: sarifFixes(r.path, f.fix, texts) } : {}),
    })),
  );
  const driver = { name: 'initlint', informationUri: 'https://github.com/initlint/initlint', version: options.version ?? VERSION, rules: descriptors };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver }, results: sarifResults }] };
  return JSON.stringify(log, null, 2) + '\n';
}
