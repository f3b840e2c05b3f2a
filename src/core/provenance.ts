/**
 * Where a rule's reasoning comes from, typed so that a user can look it up:
 * a man page and its section, a published guide, a lintian tag, a tool, or
 * systemd's own source (Biome's `sources`, ESLint's `docs.url`).
 */
export type Provenance =
  | { kind: 'man'; page: string; section?: string }
  | { kind: 'guide'; title: string; url: string; section?: string }
  | { kind: 'article'; title: string; publisher: string; section?: string }
  | { kind: 'spec'; title: string; section?: string }
  | { kind: 'lintian'; tag: string }
  | { kind: 'tool'; command: string }
  | { kind: 'code'; project: string; what: string }
  | { kind: 'initlint'; note: string };

/** The OpenRC guide the openrc/* rules follow. */
export const OPENRC_GUIDE = { kind: 'guide', title: 'OpenRC Service Script Writing Guide', url: 'https://github.com/OpenRC/openrc/blob/master/service-script-guide.md' } as const;

/** Seed 004: the DEBAMAX article on `RequiredBy=` versus `WantedBy=` (sections: "Looking at the daemon", "Fixing metadata", "Conclusion"). */
export const DEBAMAX = { kind: 'article', title: 'systemd: RequiredBy versus WantedBy', publisher: 'DEBAMAX' } as const;

/** A man page reference, e.g. `man('systemd.service(5)', 'Type=')`. */
export const man = (page: string, section?: string): Provenance => ({ kind: 'man', page, ...(section ? { section } : {}) });

/** A section of the OpenRC guide. */
export const openrcGuide = (section?: string): Provenance => ({ ...OPENRC_GUIDE, ...(section ? { section } : {}) });

/** A lintian tag. */
export const lintian = (tag: string): Provenance => ({ kind: 'lintian', tag });

/** One reference as text: `systemd.service(5), "Type="`, `lintian tag init.d-script-uses-killall`. */
export function formatProvenance(p: Provenance): string {
  const section = 'section' in p && p.section ? `, "${p.section}"` : '';
  switch (p.kind) {
    case 'man':
      return `${p.page}${section}`;
    case 'guide':
      return `${p.title}${section} (${p.url})`;
    case 'article':
      return `"${p.title}" (${p.publisher})${section}`;
    case 'spec':
      return `${p.title}${section}`;
    case 'lintian':
      return `lintian tag ${p.tag}`;
    case 'tool':
      return `\`${p.command}\``;
    case 'code':
      return `${p.project}: ${p.what}`;
    case 'initlint':
      return p.note;
  }
}

/** Every reference of a rule as one line of text. */
export const formatSources = (sources: readonly Provenance[]): string => sources.map(formatProvenance).join('; ');
