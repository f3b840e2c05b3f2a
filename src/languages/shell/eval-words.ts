/**
 * The words a variable's value becomes when a script hands it to `eval`, as
 * openrc-run does with `command_args` and `start_stop_daemon_args`: the
 * assignment's quotes go, then the value is read again as a command's
 * arguments, so inner quotes group words. Both steps are tree-sitter's reading.
 */
import { readShellTree } from './parse.js';
import type { PlainNode } from './tree.js';
import { unquotedWord, type UnquotedWord } from './words.js';

/** One word of an eval'd value: its text after quote removal, and its span in the value as written. */
export interface EvalWord {
  text: string;
  /** Index into the raw value of the word's first character. */
  start: number;
  /** Index into the raw value just after the word. */
  end: number;
}

/** `name=` before the value, so that it is read as an assignment's value. */
const ASSIGNMENT = 'x=';
/** A command name before the eval'd text, so that its first word is an argument like the others. */
const COMMAND = ': ';

/** The assignment's value after quote removal (expansions as written), mapped to the source. */
function assignedValue(raw: string): UnquotedWord | undefined {
  const source = ASSIGNMENT + raw;
  return readShellTree(source, (root, hasError) => {
    const assignment = root.children.length === 1 ? root.children[0] : undefined;
    const value = assignment?.type === 'variable_assignment' ? assignment.childForFieldName('value') : null;
    if (hasError || !value || value.endIndex !== source.length || value.type === 'array') return undefined;
    return unquotedWord(value, source);
  });
}

/** The arguments of `: text`, when that is one plain command (no operator, redirection or comment). */
function argumentNodes(text: string): Array<{ node: PlainNode; word: UnquotedWord }> | undefined {
  const source = COMMAND + text;
  return readShellTree(source, (root, hasError) => {
    const command = root.children.length === 1 ? root.children[0] : undefined;
    if (hasError || command?.type !== 'command') return undefined;
    const args = command.children.filter((c) => c.type !== 'command_name');
    if (args.some((c) => c.type.endsWith('redirect') || c.type === 'comment')) return undefined;
    return args.map((node) => ({ node, word: unquotedWord(node, source) }));
  });
}

/**
 * Splits a variable's value (`"--user foo -- -c '/etc/a b.conf'"`) into the
 * words `eval` would pass. Undefined when the value is not one plain list of
 * words (an array, a redirection, a second command, a syntax error) or the
 * shell parser is not loaded. Expansions stay in the words as written.
 *
 * @param raw The value as written in the script, quotes included.
 */
export function evalWords(raw: string): EvalWord[] | undefined {
  if (raw === '') return [];
  const value = assignedValue(raw);
  if (!value) return undefined;
  if (value.text.trim() === '') return [];
  const args = argumentNodes(value.text);
  if (!args) return undefined;
  return args.map(({ node, word }) => {
    const first = node.startIndex - COMMAND.length;
    const last = node.endIndex - COMMAND.length - 1;
    return { text: word.text, start: value.starts[first] - ASSIGNMENT.length, end: value.ends[last] - ASSIGNMENT.length };
  });
}
