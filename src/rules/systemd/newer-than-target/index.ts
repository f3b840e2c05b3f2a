import { defineRule } from '../../../core/rule.js';
import { directiveInfo, OLDEST_RELEASE, type DirectiveInfo } from '../../../languages/systemd/directives.js';
import { valueOffset } from '../../../languages/systemd/parse.js';
import { refusedAtFloor } from '../../../languages/systemd/values/execution.js';
import { datedWords } from '../../../languages/systemd/values/sandboxing.js';
import type { Directive, UnitFile } from '../../../languages/systemd/types.js';

/** The words systemd's parse_boolean() takes (case-insensitively). */
const BOOLEAN_WORDS = new Set(['1', 'yes', 'y', 'true', 't', 'on', '0', 'no', 'n', 'false', 'f', 'off']);

/** A release the table can vouch for: keys present in the oldest scanned tag may be older still. */
const newerThan = (since: number, floor: number) => since > floor && since > OLDEST_RELEASE;

/** The enum word a value selects, and the release that added it, when it is newer than `floor`. */
function newerValue(info: DirectiveInfo, value: string, floor: number): { word: string; since: number } | undefined {
  const values = info.values;
  if (!values) return undefined;
  // `file:/path`, `fd:name`: the word is the part before the colon.
  const word = value in values ? value : value.split(':')[0];
  const since = word in values ? values[word] : BOOLEAN_WORDS.has(value.toLowerCase()) ? info.booleans : undefined;
  return since !== undefined && newerThan(since, floor) ? { word: word in values ? word : value, since } : undefined;
}

function keyRange(d: Directive) {
  return { start: d.keyPosition.start.offset!, end: d.keyPosition.end.offset! };
}

export default defineRule<UnitFile>({
  id: 'systemd/newer-than-target',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: 'a key or value newer than the `systemd-version:` the units must run on: older systemd ignores it with only a log line',
    source: [{ kind: 'code', project: 'systemd', what: 'load-fragment-gperf table and enum string tables at each release tag (src/languages/systemd/directives.json)' }],
  },
  messages: {
    key: 'Unexpected `{key}=` for systemd {floor}: it was added in systemd {since}, and older releases ignore it with only a log line',
    value: 'Unexpected `{key}={word}` for systemd {floor}: `{word}` was added in systemd {since}, and older releases refuse the value with only a log line',
    word: 'Unexpected `{word}` in `{key}=` for systemd {floor}: it was added in systemd {since}, and older releases drop it with only a log line',
    older: 'Unexpected {what} in `{key}=` for systemd {floor}: {reason}',
  },
  check(ctx) {
    const floor = ctx.systemdVersion;
    if (floor === undefined) return;
    const type = ctx.tree.info.unitType;
    for (const section of ctx.tree.children) {
      for (const d of section.children) {
        if (d.type !== 'directive') continue;
        const info = directiveInfo(type, section.name, d.key);
        if (!info) continue;
        if (newerThan(info.since, floor)) {
          ctx.report({ messageId: 'key', data: { key: d.key, floor, since: info.since }, at: keyRange(d) });
          continue;
        }
        for (const part of refusedAtFloor(info.parser, d.value, floor))
          ctx.report({ messageId: 'older', data: { what: part.what, key: d.key, floor, reason: part.reason }, at: { start: valueOffset(d, part.start), end: valueOffset(d, part.end) } });
        for (const w of datedWords(info.parser, d.value).filter((x) => newerThan(x.since, floor)))
          ctx.report({ messageId: 'word', data: { word: w.word, key: d.key, floor, since: w.since }, at: { start: valueOffset(d, w.start), end: valueOffset(d, w.end) } });
        const newer = newerValue(info, d.value, floor);
        if (!newer) continue;
        const start = valueOffset(d, 0);
        ctx.report({ messageId: 'value', data: { key: d.key, word: newer.word, floor, since: newer.since }, at: { start, end: start + newer.word.length } });
      }
    }
  },
});
