import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { editDistance } from '../../../core/config.js';
import type { ShellScript } from '../../../languages/shell/types.js';

const KEYWORDS = ['need', 'use', 'want', 'before', 'after', 'provide', 'keyword', 'config'];

/** Words that run shell code rather than declare a dependency; never flagged. */
const SHELL = new Set([
  '[',
  '[[',
  'test',
  'local',
  'echo',
  'printf',
  'return',
  'true',
  'false',
  ':',
  'eval',
  'set',
  'shift',
  'export',
  'yesno',
  'if',
  'then',
  'else',
  'fi',
  'case',
  'esac',
  'for',
  'while',
  'do',
  'done',
  'read',
  'cat',
  'grep',
  'sed',
  'awk',
  'cut',
  'tr',
  'ls',
  'command',
  'type',
  'einfo',
  'ewarn',
  'eerror',
  'ebegin',
  'eend',
  'unset',
  'service_set_value',
  '.',
  'source',
  'readlink',
  'basename',
  'dirname',
  'head',
  'tail',
  'sort',
  'uniq',
  'find',
  'xargs',
  'break',
  'continue',
  'exit',
  'wait',
  'trap',
  'shift',
  'getopts',
  'unalias',
  'alias',
  'umask',
  'cd',
  // OpenRC helpers scripts use to compute their dependencies.
  'mountinfo',
  'fstabinfo',
  'get_bootparam',
  'is_net_fs',
  'is_union_fs',
  'shell_var',
  'service_get_value',
  'rc-service',
  'rc-status',
  'checkpath',
  'veinfo',
  'vewarn',
]);

/** Dependency words of other init systems: someone wrote a dependency, OpenRC ignores it. */
const FOREIGN = new Set(['requires', 'require', 'required', 'wants', 'depends', 'depend', 'conflicts', 'requisite', 'bindsto', 'partof']);

function nearest(word: string): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  for (const k of KEYWORDS) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < distance) [best, distance] = [k, d];
  }
  return distance <= Math.max(1, Math.floor(word.length / 3)) || word.toLowerCase() === best ? best : undefined;
}

export default defineRule<ShellScript>({
  id: 'openrc/depend-keyword',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: 'a word in `depend()` other than need, use, want, before, after, provide, keyword, config',
    source: [openrcGuide('The Depend Function')],
  },
  fixable: 'unsafe',
  messages: {
    typo: 'Unexpected `{verb}` in depend(), expected `{keyword}`',
    unknown: 'Unexpected `{verb}` in depend(), expected one of need, use, want, before, after, provide, keyword, config (OpenRC has no `{verb}`)',
  },
  check(ctx) {
    const functions = new Set(ctx.tree.functions.map((f) => f.name));
    for (const verb of ctx.tree.depend) {
      const word = verb.verb;
      if (KEYWORDS.includes(word) || SHELL.has(word) || functions.has(word)) continue;
      // Expansions, paths and assignments are shell code, not misspelt keywords.
      if (/[$/=`"'\\]/.test(word) || word.startsWith('_')) continue;
      const keyword = nearest(word);
      // Anything else may be a program run to compute dependencies: only typos and foreign words are sure.
      if (!keyword && !FOREIGN.has(word.toLowerCase())) continue;
      const start = verb.verbPosition.start.offset ?? 0;
      const end = verb.verbPosition.end.offset ?? 0;
      ctx.report({
        messageId: keyword ? 'typo' : 'unknown',
        data: { verb: word, keyword: keyword ?? '' },
        at: { start, end },
        fix: keyword ? { description: `Use ${keyword}`, applicability: 'unsafe', edits: [{ start, end, text: keyword }] } : undefined,
      });
    }
  },
});
