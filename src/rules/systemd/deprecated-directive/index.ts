import { man } from '../../../core/provenance.js';
import { defineRule, type RuleContext } from '../../../core/rule.js';
import { keyInfo } from '../../../languages/systemd/directives.js';
import type { Fix, TextEdit } from '../../../core/types.js';
import { isTrue } from '../../../languages/systemd/words.js';
import { removeNodeLines } from '../../shared/edits.js';
import type { Directive, Section, UnitFile } from '../../../languages/systemd/types.js';
import { deprecationOf } from '../deprecations.js';
import { valueOffset } from '../../../languages/systemd/parse.js';
import { execPrefixUses } from '../../../languages/systemd/values/exec.js';

/** The commands PermissionsStartOnly= ran with full privileges: all but ExecStart=. */
const PRIVILEGED_EXEC = new Set(['ExecStartPre', 'ExecStartPost', 'ExecReload', 'ExecStop', 'ExecStopPost', 'ExecCondition']);

/** Inserts `line` at the end of `[name]`, or a new `[name]` section at the top of the file. */
function appendTo(tree: UnitFile, name: string, line: string, eol: string): TextEdit {
  const target = tree.children.find((s: Section) => s.name === name);
  if (target) {
    const last = target.children[target.children.length - 1];
    const at = last ? last.position.end.offset! : target.headerPosition.end.offset!;
    return { start: at, end: at, text: eol + line };
  }
  return { start: 0, end: 0, text: `[${name}]${eol}${line}${eol}${eol}` };
}

/** The release from which systemd ignores `key` in `section`: removed from its parser table, or parsed only to warn. */
function droppedIn(section: string, key: string): number | undefined {
  const info = keyInfo(section, key);
  return info?.removed ?? (info?.deprecated === 'ignored' ? info.deprecatedSince : undefined);
}

/** With a `systemd-version:` floor at or after that release, the line does nothing on any target. */
/** `!!` before an `Exec*=` command: systemd 258 ignores it (with a notice); the ambient-capabilities fallback it chose is gone. */
function reportAmbientPrefix(ctx: RuleContext<UnitFile>, section: string, d: Directive): void {
  if (keyInfo(section, d.key)?.parser !== 'config_parse_exec') return;
  for (const use of execPrefixUses(d.value)) {
    if (use.prefix !== '!!') continue;
    const at = d.value.slice(use.start, use.end).indexOf('!!');
    // Without the prefix the command runs as User= with ambient capabilities, as `!!` did on every kernel since 4.3.
    const edit = at < 0 ? undefined : { start: valueOffset(d, use.start + at), end: valueOffset(d, use.start + at + 2), text: '' };
    ctx.report({
      messageId: 'ambientPrefix',
      data: { key: d.key },
      at: { start: valueOffset(d, use.start), end: valueOffset(d, use.end) },
      fix: edit && { description: 'Remove the !! prefix', applicability: 'safe', edits: [edit] },
    });
  }
}

function reportDropped(ctx: RuleContext<UnitFile>, section: string, d: Directive): void {
  const floor = ctx.systemdVersion;
  const release = droppedIn(section, d.key);
  if (floor === undefined || release === undefined || floor < release) return;
  ctx.report({
    messageId: 'dropped',
    data: { key: d.key, floor, release },
    at: { start: d.keyPosition.start.offset!, end: d.keyPosition.end.offset! },
    fix: { description: `Remove ${d.key}=`, applicability: 'safe', edits: [removeNodeLines(ctx, d)] },
  });
}

export default defineRule<UnitFile>({
  id: 'systemd/deprecated-directive',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: 'a deprecated key or value (`MemoryLimit=`, `CPUShares=`, `BlockIO*=`, `StartLimitInterval=` in `[Service]`, `PermissionsStartOnly=`, `BindTo=`, `StandardOutput=syslog`, …)',
    source: [man('systemd.resource-control(5)'), man('systemd.unit(5)'), man('systemd.exec(5)')],
  },
  fixable: 'safe',
  messages: {
    renamed: 'Unexpected deprecated `{key}=`: use `{replacement}=` instead{note}',
    moved: 'Unexpected `{key}=` in [{section}] (deprecated there): use `{replacement}=` in [{target}] instead',
    removed: 'Unexpected `{key}=`: systemd removed it and ignores it; {note}',
    dropped: 'Unexpected `{key}=` for systemd {floor}: systemd ignores it since release {release}, so it does nothing on any target; remove it',
    value: 'Unexpected deprecated `{key}={value}`: use `{key}={replacement}` instead (systemd already logs to the journal)',
    ambientPrefix:
      'Unexpected `!!` prefix in `{key}=`: systemd 258 and later ignore it ("The !! modifier … is no longer supported and is now ignored"), expected no prefix (the command runs as `User=` with its ambient capabilities, as `!!` did on kernels since 4.3)',
    permissionsStartOnly: 'Unexpected deprecated `PermissionsStartOnly=`: use the `+` prefix (`ExecStartPre=+…`) on the commands that need full privileges instead',
    permissionsStartOnlyOff: 'Unexpected deprecated `PermissionsStartOnly={value}`: it is the default, remove it',
  },
  check(ctx) {
    const { tree, eol } = ctx;
    for (const section of tree.children) {
      for (const d of section.children) {
        if (d.type !== 'directive') continue;
        const keyRange = { start: d.keyPosition.start.offset!, end: d.keyPosition.end.offset! };
        const valueRange = { start: d.valuePosition.start.offset!, end: d.valuePosition.end.offset! };

        if ((d.key === 'StandardOutput' || d.key === 'StandardError') && /^syslog(\+console)?$/.test(d.value)) {
          const replacement = d.value.replace('syslog', 'journal');
          ctx.report({
            messageId: 'value',
            data: { key: d.key, value: d.value, replacement },
            at: { start: keyRange.start, end: valueRange.end },
            fix: { description: `Use ${d.key}=${replacement}`, applicability: 'safe', edits: [{ ...valueRange, text: replacement }] },
          });
          continue;
        }

        if (d.key === 'PermissionsStartOnly' && section.name === 'Service') {
          if (!isTrue(d.value)) {
            ctx.report({
              messageId: 'permissionsStartOnlyOff',
              data: { value: d.value },
              at: keyRange,
              fix: { description: 'Remove PermissionsStartOnly=', applicability: 'safe', edits: [removeNodeLines(ctx, d)] },
            });
            continue;
          }
          const edits: TextEdit[] = [removeNodeLines(ctx, d)];
          for (const other of section.children) {
            if (other.type !== 'directive' || !PRIVILEGED_EXEC.has(other.key) || other.value === '') continue;
            const prefix = /^[-@:+!]*/.exec(other.value)![0];
            if (prefix.includes('+') || prefix.includes('!')) continue;
            edits.push({ start: other.valuePosition.start.offset!, end: other.valuePosition.start.offset!, text: '+' });
          }
          ctx.report({
            messageId: 'permissionsStartOnly',
            at: keyRange,
            // `+` also lifts sandboxing that PermissionsStartOnly= kept: review it.
            fix: { description: 'Replace PermissionsStartOnly= with the + prefix', applicability: 'unsafe', edits },
          });
          continue;
        }

        reportAmbientPrefix(ctx, section.name, d);
        const entry = deprecationOf(d.key, section.name);
        if (!entry) {
          reportDropped(ctx, section.name, d);
          continue;
        }
        if (!entry.replacement) {
          ctx.report({ messageId: 'removed', data: { key: d.key, note: entry.note ?? 'remove it' }, at: keyRange });
          continue;
        }
        const converted = entry.convert?.(d.value);
        const newValue = converted ?? d.value;
        if (entry.moveTo && entry.moveTo !== section.name) {
          const fix: Fix = {
            description: `Move to [${entry.moveTo}] as ${entry.replacement}=`,
            applicability: entry.safe ? 'safe' : 'unsafe',
            edits: [appendTo(tree, entry.moveTo, `${entry.replacement}=${newValue}`, eol), removeNodeLines(ctx, d)],
          };
          ctx.report({ messageId: 'moved', data: { key: d.key, section: section.name, replacement: entry.replacement, target: entry.moveTo }, at: keyRange, fix });
          continue;
        }
        const edits: TextEdit[] = [{ ...keyRange, text: entry.replacement }];
        if (converted !== undefined && converted !== d.value) edits.push({ ...valueRange, text: converted });
        ctx.report({
          messageId: 'renamed',
          data: { key: d.key, replacement: entry.replacement, note: entry.note ? ` (${entry.note})` : '' },
          at: keyRange,
          fix: { description: `Use ${entry.replacement}=`, applicability: entry.safe ? 'safe' : 'unsafe', edits },
        });
      }
    }
  },
});
