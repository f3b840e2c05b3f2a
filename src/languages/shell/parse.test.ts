import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'unist';
import { loadShellParser, parseShell } from './parse.js';
import { skeleton } from './skeleton.js';

beforeAll(async () => {
  await loadShellParser();
});

/** `line:column-line:column@start-end` for compact, exact position asserts. */
const at = (p: Position) => `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}@${p.start.offset}-${p.end.offset}`;
const slice = (text: string, p: Position) => text.slice(p.start.offset, p.end.offset);

describe('parseShell: OpenRC script', () => {
  const text = [
    '#!/sbin/openrc-run',
    'name="Foo daemon"',
    'command=/usr/bin/foo',
    'command_args="-c /etc/foo.conf"',
    'pidfile="/run/${RC_SVCNAME}.pid"',
    'rundir=/run/foo',
    'logfile="${rundir}/foo.log"',
    'conf=${FOO_CONF:-/etc/foo.conf}',
    'depend() {',
    '\tneed net',
    '\tuse dns logger',
    '\tafter firewall',
    '}',
    'start_pre() {',
    '\tcheckpath -d -m 0755 -o foo:foo "$rundir"',
    '}',
    '',
  ].join('\n');
  const s = () => parseShell(text);

  it('reads the shebang', () => {
    expect(s().shebang?.interpreter).toBe('/sbin/openrc-run');
    expect(at(s().shebang!.position)).toBe('1:1-1:19@0-18');
  });

  it('resolves literal assignments and earlier top-level variables', () => {
    const byName = Object.fromEntries(s().assignments.map((a) => [a.name, a]));
    expect(byName.name.literal).toBe('Foo daemon');
    expect(byName.name.raw).toBe('"Foo daemon"');
    expect(byName.command.literal).toBe('/usr/bin/foo');
    expect(byName.pidfile.literal).toBeUndefined();
    expect(byName.logfile.literal).toBe('/run/foo/foo.log');
    expect(byName.conf.literal).toBeUndefined();
    expect(byName.conf.defaultLiteral).toBe('/etc/foo.conf');
    expect(at(byName.command.position)).toBe('3:1-3:21@37-57');
    expect(at(byName.command.valuePosition)).toBe('3:9-3:21@45-57');
    expect(slice(text, byName.command_args.valuePosition)).toBe('"-c /etc/foo.conf"');
  });

  it('lists depend() verbs with their words', () => {
    const verbs = s().depend.map((d) => `${d.verb}:${d.args.map((a) => a.literal).join(',')}`);
    expect(verbs).toEqual(['need:net', 'use:dns,logger', 'after:firewall']);
    expect(at(s().depend[1].verbPosition)).toBe('11:2-11:5@221-224');
    expect(at(s().depend[1].args[1].position)).toBe('11:10-11:16@229-235');
  });

  it('lists functions and the commands inside them', () => {
    const [depend, startPre] = s().functions;
    expect(depend.name).toBe('depend');
    expect(depend.keyword).toBe(false);
    expect(at(depend.namePosition)).toBe('9:1-9:7@199-205');
    expect(at(depend.position)).toBe('9:1-13:2@199-253');
    expect(startPre.commands.map((c) => c.name)).toEqual(['checkpath']);
    const checkpath = startPre.commands[0];
    expect(checkpath.inFunction).toBe('start_pre');
    expect(checkpath.args.map((a) => a.literal ?? `<${a.raw}>`)).toEqual(['-d', '-m', '0755', '-o', 'foo:foo', '<"$rundir">']);
  });

  it('has no errors', () => {
    expect(s().errors).toEqual([]);
  });
});

describe('parseShell: commands', () => {
  it('gives name, program, args, prefix assignments, background and position', () => {
    const text = 'FOO=1 BAR="a b" /sbin/start-stop-daemon --start --exec "$DAEMON" -- -x \'y z\' > /dev/null 2>&1 &\n';
    const [c] = parseShell(text).commands;
    expect(c.name).toBe('/sbin/start-stop-daemon');
    expect(c.program).toBe('start-stop-daemon');
    expect(c.args.map((a) => a.raw)).toEqual(['--start', '--exec', '"$DAEMON"', '--', '-x', "'y z'"]);
    expect(c.args.map((a) => a.literal)).toEqual(['--start', '--exec', undefined, '--', '-x', 'y z']);
    expect(c.prefixAssignments.map((a) => `${a.name}=${a.literal}`)).toEqual(['FOO=1', 'BAR=a b']);
    expect(c.background).toBe(true);
    expect(slice(text, c.position)).toBe(text.slice(0, text.indexOf(' >')));
    expect(slice(text, c.fullPosition)).toBe(text.slice(0, text.indexOf(' &')));
    expect(at(c.nameWord.position)).toBe('1:17-1:40@16-39');
    // Prefix assignments are the command's environment, not script variables.
    expect(parseShell(text).assignments).toEqual([]);
  });

  it('marks commands of a backgrounded list, not commands that merely follow one', () => {
    const s = parseShell('a && b &\nc\n{ d; } &\n');
    expect(s.commands.map((c) => `${c.name}:${c.background}`)).toEqual(['a:true', 'b:true', 'c:false', 'd:true']);
  });

  it('keeps source order with nested substitutions, pipelines and compound commands', () => {
    const s = parseShell('echo $(pidof x) `date`\nif [ -f x ]; then y | z; elif w; then :; else v; fi\nwhile read l; do u; done < f\n');
    expect(s.commands.map((c) => c.name)).toEqual(['echo', 'pidof', 'date', 'y', 'z', 'w', ':', 'v', 'read', 'u']);
  });

  it('a non-literal command name has an empty program', () => {
    const [c] = parseShell('"$DAEMON" -d\n').commands;
    expect(c.name).toBe('"$DAEMON"');
    expect(c.program).toBe('');
    expect(c.nameWord.literal).toBeUndefined();
  });

  it("unquotes words: backslashes, concatenations, $'…'", () => {
    const [c] = parseShell('echo a\\ b "x"\'y\'z "q\\"r" $\'t\\tu\'\n').commands;
    expect(c.args.map((a) => a.literal)).toEqual(['a b', 'xyz', 'q"r', 't\tu']);
  });
});

describe('parseShell: assignments', () => {
  it('records declarations, functions and non-literal values', () => {
    const s = parseShell('export A=1 B\nreadonly R=x\nf() {\n  local L="$A/x"\n  G=$(date)\n}\nE=\n');
    const list = s.assignments.map((a) => `${a.name}|${a.declaration ?? ''}|${a.inFunction ?? ''}|${a.literal ?? '?'}|${a.raw}`);
    expect(list).toEqual(['A|export||1|1', 'R|readonly||x|x', 'L|local|f|1/x|"$A/x"', 'G||f|?|$(date)', 'E||||']);
  });

  it('resolves ${VAR} only from earlier top-level literal assignments', () => {
    const s = parseShell('D=/opt\nf() { D=/elsewhere; }\nP=$D/bin\nQ=${LATER}/x\nLATER=y\nD=$(pwd)\nR=$D\n');
    const byName = (n: string) => s.assignments.filter((a) => a.name === n).pop()!;
    expect(byName('P').literal).toBe('/opt/bin');
    expect(byName('Q').literal).toBeUndefined();
    expect(byName('R').literal).toBeUndefined();
  });

  it('takes defaults for ${VAR:-x} and ${VAR-x}, and the value when set', () => {
    const s = parseShell('A=${X:-/run/a.pid}\nB="${Y-/run}/b.pid"\nC=set\nD=${C:-other}\nE=\nF=${E:-dflt}\nG=${E-dflt}\n');
    const get = (n: string) => s.assignments.find((a) => a.name === n)!;
    expect([get('A').literal, get('A').defaultLiteral]).toEqual([undefined, '/run/a.pid']);
    expect([get('B').literal, get('B').defaultLiteral]).toEqual([undefined, '/run/b.pid']);
    expect(get('D').literal).toBe('set');
    expect(get('F').literal).toBe('dflt');
    expect(get('G').literal).toBe('');
  });

  it('gives an empty value span right after = for an empty assignment', () => {
    const [a] = parseShell('EMPTY=\n').assignments;
    expect(a.raw).toBe('');
    expect(a.literal).toBe('');
    expect(at(a.valuePosition)).toBe('1:7-1:7@6-6');
  });
});

describe('parseShell: functions, loops, cases', () => {
  it('knows both function syntaxes', () => {
    const s = parseShell('function a {\n  x\n}\nb() ( y )\n');
    expect(s.functions.map((f) => `${f.name}:${f.keyword}:${f.commands.map((c) => c.name)}`)).toEqual(['a:true:x', 'b:false:y']);
    expect(at(s.functions[0].namePosition)).toBe('1:10-1:11@9-10');
  });

  it('reads for loops with their items and commands', () => {
    const s = parseShell('for d in a "b c" $EXTRA; do\n  start_one "$d"\ndone\n');
    const [loop] = s.loops;
    expect(loop.variable).toBe('d');
    expect(loop.items.map((w) => w.literal ?? w.raw)).toEqual(['a', 'b c', '$EXTRA']);
    expect(loop.commands.map((c) => c.name)).toEqual(['start_one']);
    expect(at(loop.position)).toBe('1:1-3:5@0-49');
  });

  it('reads case arms, patterns split on |, with their commands', () => {
    const text = 'case "$1" in\n  start|\'go\')\n    do_start\n    ;;\n  stop) do_stop ;;\n  *) echo "Usage: $0 {start|stop}"; exit 1 ;;\nesac\n';
    const [c] = parseShell(text).cases;
    expect(c.subject).toBe('"$1"');
    expect(c.arms.map((a) => a.patterns)).toEqual([['start', 'go'], ['stop'], ['*']]);
    expect(c.arms.map((a) => a.commands.map((x) => x.name))).toEqual([['do_start'], ['do_stop'], ['echo', 'exit']]);
    expect(at(c.arms[0].patternPosition)).toBe('2:3-2:13@15-25');
    expect(slice(text, c.arms[1].position)).toBe('stop) do_stop ;;');
  });
});

describe('parseShell: LSB header', () => {
  const text = [
    '#!/bin/sh',
    '### BEGIN INIT INFO',
    '# Provides:          foo',
    '# Required-Start:    $remote_fs $syslog',
    '# Required-Stop:',
    '# Description:       Foo does',
    '#                    many things',
    '### END INIT INFO',
    'echo',
  ].join('\n');

  it('reads fields, continuation lines and the end marker', () => {
    const lsb = parseShell(text).lsb!;
    expect(lsb.closed).toBe(true);
    expect(lsb.fields.map((f) => `${f.name}=${f.value}`)).toEqual(['Provides=foo', 'Required-Start=$remote_fs $syslog', 'Required-Stop=', 'Description=Foo does many things']);
    expect(at(lsb.position)).toBe('2:1-8:18@10-192');
    const rs = lsb.fields[1];
    expect(at(rs.namePosition)).toBe('4:3-4:17@57-71');
    expect(slice(text, rs.valuePosition)).toBe('$remote_fs $syslog');
    expect(at(lsb.fields[2].valuePosition)).toBe('5:17-5:17@111-111');
    expect(at(lsb.fields[3].position)).toBe('6:1-7:33@112-174');
  });

  it('reads an indented known keyword as a field, not a continuation', () => {
    const lsb = parseShell('### BEGIN INIT INFO\n# Provides: x\n#  Required-Start: $network\n#  X-Start-Before: y\n### END INIT INFO\n').lsb!;
    expect(lsb.fields.map((f) => `${f.name}=${f.value}`)).toEqual(['Provides=x', 'Required-Start=$network', 'X-Start-Before=y']);
  });

  it('notices an unclosed header', () => {
    const lsb = parseShell('### BEGIN INIT INFO\n# Provides: x\n\necho\n').lsb!;
    expect(lsb.closed).toBe(false);
    expect(lsb.fields).toHaveLength(1);
  });
});

describe('parseShell: non-POSIX constructs', () => {
  it('finds each construct once, where it is written', () => {
    const text = [
      'function f { :; }',
      '[[ -n $x ]]',
      'arr=(a b)',
      'echo ${arr[0]}',
      '[ "$a" == b ]',
      'test a == b',
      "echo $'x'",
      'source /etc/x',
      'let i=1',
      'cat <<< "$x"',
      '((i++))',
      'echo ${x//a/b}',
      'diff <(a) <(b)',
      'cmd &> log',
      'declare -r R=1',
      '[ "$a" = b ]',
      'echo $((1 + 2))',
      '. /etc/y',
    ].join('\n');
    const found = parseShell(text).nonPosix.map((n) => `${n.construct}@${n.position.start.line}:${slice(text, n.position)}`);
    expect(found).toEqual([
      'function@1:function',
      '[[@2:[[',
      'array@3:arr=(a b)',
      'array@4:arr[0]',
      '==@5:==',
      '==@6:==',
      "$'…'@7:$'x'",
      'source@8:source',
      'let@9:let',
      '<<<@10:<<< "$x"',
      '((@11:((',
      '${//}@12:${x//a/b}',
      '<(…)@13:<(a)',
      '<(…)@13:<(b)',
      '&>@14:&>',
      'declare@15:declare',
    ]);
  });
});

describe('parseShell: positions', () => {
  it('counts UTF-16 code units with non-ASCII text', () => {
    const text = 'x="é😀"; echo 日本 ü\n# ☃\nstart-stop-daemon --exec /usr/bin/naïve\n';
    const s = parseShell(text);
    const [echo, ssd] = s.commands;
    expect(at(echo.args[0].position)).toBe('1:15-1:17@14-16');
    expect(echo.args[1].raw).toBe('ü');
    expect(at(ssd.args[1].position)).toBe('3:26-3:40@48-62');
    expect(ssd.args[1].literal).toBe('/usr/bin/naïve');
    expect(s.assignments[0].literal).toBe('é😀');
    for (const c of s.commands) for (const w of [c.nameWord, ...c.args]) expect(slice(text, w.position)).toBe(w.raw);
  });

  it('handles CRLF line ends', () => {
    const text = '#!/sbin/openrc-run\r\ncommand=/usr/bin/foo\r\ndepend() {\r\n\tneed net\r\n}\r\n';
    const s = parseShell(text);
    expect(s.errors).toEqual([]);
    expect(s.shebang?.interpreter).toBe('/sbin/openrc-run');
    expect(s.assignments[0].literal).toBe('/usr/bin/foo');
    expect(at(s.assignments[0].position)).toBe('2:1-2:21@20-40');
    expect(at(s.depend[0].args[0].position)).toBe('4:7-4:10@60-63');
  });

  it('handles a text whose BOM was removed and an empty text', () => {
    const s = parseShell('\nFOO=1\n');
    expect(at(s.assignments[0].position)).toBe('2:1-2:6@1-6');
    const empty = parseShell('');
    expect(empty.errors).toEqual([]);
    expect(at(empty.position)).toBe('1:1-1:1@0-0');
  });
});

describe('parseShell: syntax errors', () => {
  it('reports a missing fi at the end of the file', () => {
    const s = parseShell('if true; then\n  echo x\n');
    expect(s.errors.map((e) => `${at(e.position)} ${e.message}`)).toEqual(['3:1-3:1@23-23 Unexpected end of file, expected `fi`']);
  });

  it('reports an unclosed case and a stray token', () => {
    expect(parseShell('case $1 in\n  start) x ;;\n').errors[0].message).toMatch(/^Unexpected end of file, expected `esac`/);
    const stray = parseShell('echo a\nfi\necho b\n').errors;
    expect(stray.map((e) => `${at(e.position)} ${e.message}`)).toEqual(['2:1-2:3@7-9 Unexpected `fi`']);
  });

  it('keeps the domain nodes of the valid part of a broken script', () => {
    const s = parseShell('command=/usr/bin/foo\ndepend() {\n  need net\n}\nstart() {\n  if then\n}\n');
    expect(s.errors).toHaveLength(1);
    expect(s.assignments[0].literal).toBe('/usr/bin/foo');
    expect(s.depend.map((d) => d.verb)).toEqual(['need']);
  });

  it('does not report what bash accepts but tree-sitter trips on', () => {
    for (const text of [
      'for i do echo "$i"; done\n',
      ': <<=cut\nanything\n=cut\n',
      'case $x in *[" \t"]*) echo;; esac\n',
      'case $x in \\["$1"\\]) echo;; esac\n',
      'a="${v:+ (>> $v)}"\n',
      'if ! L="`which logger`" ; then\n  L=\nfi\n',
      'case $1 in\n  a)opt=1; shift;;\nesac\n',
      'f() {\n  pid= wait=5\n  while [ $wait -gt 0 ]; do\n    wait=$((wait - 1))\n  done\n}\n',
      'IFS= read -r line\nif [ -x /usr/bin/vim; then :; fi\n',
    ]) {
      expect(parseShell(text).errors, text).toEqual([]);
    }
  });

  it('never throws on garbage', () => {
    for (const text of ['\u0000\u0001', '((((((((', '"', "'", '`', '$(', '}{', 'case', 'esac', '<<', '\r\r\r', 'a'.repeat(100_000)]) {
      expect(() => parseShell(text)).not.toThrow();
    }
  });
});

describe('skeleton', () => {
  it('keeps length and line breaks', () => {
    const text = 'a="x\ny" \'b\' `c d` e\\ f <<\\E\nbody\nE\n# "\n';
    const sk = skeleton(text);
    expect(sk.length).toBe(text.length);
    expect(sk.split('\n').length).toBe(text.split('\n').length);
    expect(sk).toBe('a="x\nx" \'x\' ${xx} exxf <<\\E\nxxxx\nE\n# "\n');
  });
});

describe('parseShell: error messages', () => {
  it.each([
    ['start() {\n  if true; then\n    x\n}\n', '4:1-4:2@32-33 Unexpected `}`, expected `fi`'],
    ['for i in a; do\n  x\n', '3:1-3:1@19-19 Unexpected end of file, expected `done`'],
    ['echo "abc\n', '2:1-2:1@10-10 Unexpected end of file, expected `"`'],
  ])('%j', (text, expected) => {
    expect(parseShell(text).errors.map((e) => `${at(e.position)} ${e.message}`)).toEqual([expected]);
  });
});

describe('parseShell: tree-sitter-bash quirks', () => {
  it('empty assignments before a line break are assignments, not a prefix of the next command', () => {
    const s = parseShell('a= b=\necho x\nc=1 d=\nrun\n');
    expect(s.assignments.map((a) => `${a.name}=${a.literal}`)).toEqual(['a=', 'b=', 'c=1', 'd=']);
    expect(s.commands.map((c) => `${c.name}:${c.prefixAssignments.length}`)).toEqual(['echo:0', 'run:0']);
    expect(parseShell('p= t=\nif date | grep -q x\nthen\n  :\nfi\n').errors).toEqual([]);
  });
});

describe('parseShell: resolved words', () => {
  it('substitutes top-level literal variables in command words, at that point or after the top level for functions', () => {
    const text =
      'DAEMON=/usr/sbin/foo\nstart() {\n  start-stop-daemon --start --exec $DAEMON --pidfile "$PIDDIR/foo.pid" -- $ARGS\n  local DAEMON=/x\n}\necho "$DAEMON" $LATER\nPIDDIR=/run\nLATER=1\n';
    const s = parseShell(text);
    const ssd = s.commands.find((c) => c.program === 'start-stop-daemon')!;
    expect(ssd.args.map((a) => a.resolved)).toEqual(['--start', '--exec', undefined, '--pidfile', '/run/foo.pid', '--', undefined]);
    const echo = s.commands.find((c) => c.name === 'echo')!;
    expect(echo.args.map((a) => a.resolved)).toEqual(['/usr/sbin/foo', undefined]);
    expect(echo.args[0].literal).toBeUndefined();
  });

  it('resolves assignments inside functions against the whole top level', () => {
    const s = parseShell('f() {\n  pidfile="${RUNDIR}/f.pid"\n  other="${UNSET:-/run}/o.pid"\n}\nRUNDIR=/run/f\n');
    const get = (n: string) => s.assignments.find((a) => a.name === n)!;
    expect(get('pidfile').literal).toBe('/run/f/f.pid');
    expect([get('other').literal, get('other').defaultLiteral]).toEqual([undefined, '/run/o.pid']);
  });
});

describe('class 1: parse-error on valid shell (issue 11)', () => {
  // Each of these is accepted by `dash -n` (and `bash -n`); tree-sitter-bash refused them.
  it.each([
    ['a quoted middle between two `*`, then `;;`', 'case "$x" in\n  *" $i "*);;\n  *) echo;;\nesac\n'],
    ['an expansion between two `*`, then `;;`', 'case "$x" in\n  *${x}*);;\nesac\n'],
    ['a quoted middle, then a command glued to `)`', 'f() {\n  case "$x" in\n    *"x"*)echo;;\n  esac\n}\n'],
    ['alternatives of such patterns', 'case $x in\n  *"a"*|*\'b\'*|*${c}*);;\nesac\n'],
    ['a build-time placeholder as a command', 'if @IS_SYSV_RC@\nthen\n  echo\nfi\n'],
    ['a build-time placeholder before a depend() verb', 'depend() {\n\tuse logger\n@USEPOSTGRES@\tuse postgresql\n}\n'],
    ['a negated brace group', 'if ! {\n  umount a ||\n  umount -f a\n} ; then\n  echo x\nfi\n'],
  ])('%s', (_, text) => {
    expect(parseShell(text).errors).toEqual([]);
  });

  it('is fixed in the skeleton itself (tree-sitter reads the rewritten patterns), not only by the second opinion', () => {
    expect(skeleton('  *" $i "*);;\n  *${x}*)echo;;\n')).toBe('  x"xxxx"*);;\n  x${x}*)echo;;\n');
    expect(skeleton('if @IS_SYSV_RC@\n! { a; }\n')).toBe('if xIS_SYSV_RCx\n  { a; }\n');
    // `$@` and an e-mail address are left alone.
    expect(skeleton('echo $@ a@b.c\n')).toBe('echo $@ a@b.c\n');
  });

  it('puts a real error where it is, not on the function holding such a pattern', () => {
    // Before: `3:5 Unexpected `*`` (on the pattern) for both.
    const text = 'f() {\n  case $x in\n    *"x"*)echo;;\n  esac\n}\ng() {\n  if true; then\n    x\n}\n';
    expect(parseShell(text).errors.map((e) => `${at(e.position)} ${e.message}`)).toEqual(['9:1-9:2@73-74 Unexpected `}`, expected `fi`']);
    const open = 'f() {\n  case $x in\n    *"x"*)echo;;\n  esac\n}\nif x; then\n  y\n';
    expect(parseShell(open).errors.map((e) => e.message)).toEqual(['Unexpected end of file, expected `fi`']);
  });

  it('keeps an error only when mvdan/sh (the second opinion) refuses the script too', () => {
    // tree-sitter-bash and the skeleton both err on these; bash and mvdan/sh accept them.
    for (const text of ['while (( "$#" )); do\n  shift\ndone\n', 'n=$((1 + 2)) 2>/dev/null\necho "$n"\n']) {
      expect(parseShell(text).errors).toEqual([]);
    }
    expect(parseShell('if true; then\n  echo\n').errors.map((e) => e.message)).toEqual(['Unexpected end of file, expected `fi`']);
  });
});
