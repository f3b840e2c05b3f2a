// systemd/invalid-value on the execution settings (values/execution.ts): Exec*= command lines, users and
// groups, credentials, bind mounts and the other namespace path lists.
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const svc = (lines: string) => `[Service]\nExecStart=/usr/bin/foo\n${lines}\n`;

testRule(rule, {
  valid: [
    {
      name: 'every prefix systemd reads, alone and combined',
      code: svc(
        'ExecStartPre=-/bin/true\nExecStartPre=@/bin/busybox sh\nExecStartPre=:/bin/echo $X\nExecStartPre=+/bin/true\nExecStartPre=!/bin/true\nExecStartPre=!!/bin/true\nExecStartPre=-:@+/bin/x y\nExecStartPre=|echo hi',
      ),
    },
    { name: 'bare program names (systemd 239 and later search for them)', code: svc('ExecReload=kill -HUP $MAINPID\nExecStop=-true') },
    { name: 'commands separated by a lone `;`, and a literal `\\;`', code: svc('ExecStartPost=/bin/a ; /bin/b x ; -/bin/c\nExecStartPost=/usr/bin/find / -exec ls {} \\;') },
    { name: 'quotes and escapes systemd decodes; an unknown escape is kept (with a warning only)', code: svc('ExecStartPre="/bin/my prog" \'a b\' "c\\"d" \\x41 e\\q\nExecStartPre=\'/bin/true\'') },
    { name: 'specifiers in the path', code: svc('ExecStartPre=%h/bin/x\nExecStartPre=-%p-helper'), path: 'foo.service' },
    { name: 'an empty value resets the list', code: svc('ExecStartPre=') },
    { name: "a CMake template's placeholder in the path (rstudio-server.service.in)", code: svc('ExecStartPre=${CMAKE_INSTALL_PREFIX}/bin/rserver\nExecStartPre=$(bindir)/x') },
    { path: 'foo.socket', code: '[Socket]\nListenStream=80\nExecStartPre=-/bin/mkdir -p /run/foo\nExecStopPost=/bin/rm -f /run/foo\n' },
    {
      name: 'user and group names as the relaxed check takes them, numeric IDs, specifiers',
      code: svc('User=www-data\nUser=1foo\nUser=Dömäne User\nUser=4294967294\nGroup=0\nUser=%i\nSupplementaryGroups=adm 4 "quoted'),
      path: 'foo@.service',
    },
    {
      name: 'credentials: inherited, from a path or another credential, set, encrypted, imported by glob',
      code: svc(
        'LoadCredential=tls.key\nLoadCredential=tls.key:/etc/ssl/private/x.key\nLoadCredential=a:b\nLoadCredentialEncrypted=db:%d/db.cred\nSetCredential=foo:bar:baz\\n\nSetCredentialEncrypted=k:aGVs bG8=\nImportCredential=ssh.*\nImportCredential=*\nImportCredential=foo:bar',
      ),
    },
    {
      name: 'bind mounts, temporary file systems and path lists; an empty entry from doubled spaces loses nothing',
      code: svc(
        'BindPaths=/a -/b:/c /d:/e:norbind /f:/g:rbind "/h i"\nBindReadOnlyPaths=%t/x:/y  /z\nTemporaryFileSystem=/var:ro /run:mode=0755\nReadWritePaths=-/a +/b -+/c %S/x\nInaccessiblePaths=%c',
      ),
    },
  ],
  invalid: [
    {
      name: 'a space after the prefixes leaves the path empty',
      code: svc('ExecStartPre=- /bin/true'),
      errors: [
        {
          messageId: 'invalid',
          message: 'Empty path in command line, ignoring: `-` (systemd ignores `ExecStartPre=`), expected a command after the prefixes, with no space between them',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 15,
        },
      ],
      output: svc('ExecStartPre=-/bin/true'),
    },
    {
      name: 'prefixes systemd does not combine: a doubled `-`, `+` with `!`, a third `!`',
      code: svc('ExecStartPre=--/bin/true\nExecStartPre=+!/bin/true\nExecStartPre=!!!/bin/true\nExecStartPre=!+/bin/true'),
      errors: [
        {
          messageId: 'invalid',
          message:
            'Neither a valid executable name nor an absolute path, ignoring: `--/bin/true` (systemd ignores `ExecStartPre=`), expected each prefix `-`, `@`, `:`, `+`, `!`, `|` at most once (`+`, `!` and `!!` exclude each other), then the command',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 25,
        },
        { messageId: 'invalid', line: 4, column: 14, endLine: 4, endColumn: 25 },
        { messageId: 'invalid', line: 5, column: 14, endLine: 5, endColumn: 26 },
        { messageId: 'invalid', line: 6, column: 14, endLine: 6, endColumn: 25 },
      ],
    },
    {
      name: 'a relative path with a directory, a directory, `.`',
      code: svc('ExecStartPost=bin/foo --now\nExecStartPost=/usr/bin/\nExecStartPost=.'),
      errors: [
        {
          messageId: 'invalid',
          message:
            'Neither a valid executable name nor an absolute path, ignoring: `bin/foo` (systemd ignores `ExecStartPost=`), expected an absolute path such as `/usr/bin/foo`, or a program name without `/`',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 22,
        },
        { messageId: 'invalid', message: /^Executable path specifies a directory, ignoring: `\/usr\/bin\/`/, line: 4, column: 15, endLine: 4, endColumn: 24 },
        { messageId: 'invalid', line: 5, column: 15, endLine: 5, endColumn: 16 },
      ],
    },
    {
      name: '`@` takes the next word as argv[0]: a command of one word has none',
      code: svc('ExecStartPre=/bin/true ; @/bin/sleep'),
      errors: [{ messageId: 'invalid', message: /^Empty executable name or zeroeth argument, ignoring: `@\/bin\/sleep`/, line: 3, column: 26, endLine: 3, endColumn: 37 }],
    },
    {
      name: 'an unterminated quote, from the word that opens it',
      code: svc('ExecStartPre=/bin/echo "hello world\nExecStartPre="/bin/tr\'ue"'),
      errors: [
        {
          messageId: 'invalid',
          message: /^Unbalanced quoting, ignoring: `"hello world` \(systemd ignores `ExecStartPre=`\), expected balanced quotes$/,
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 36,
        },
        { messageId: 'invalid', message: /^Executable path contains special characters, ignoring: `"\/bin\/tr'ue"`/, line: 4, column: 14, endLine: 4, endColumn: 26 },
      ],
    },
    {
      name: 'user and group names systemd refuses (it then refuses the unit)',
      code: svc('User=foo:bar\nGroup=65535\nUser=0123\nSupplementaryGroups=adm www/data'),
      errors: [
        {
          messageId: 'invalid',
          message:
            'Invalid user/group name or numeric ID, ignoring: `foo:bar` (systemd ignores `User=`), expected a user or group name without `:`, `/` or control characters, or a numeric ID from 0 to 4294967294 other than 65535 (systemd refuses to start the unit)',
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 13,
        },
        { messageId: 'invalid', message: /^Invalid user\/group name or numeric ID, ignoring: `65535`/, line: 4, column: 7, endLine: 4, endColumn: 12 },
        { messageId: 'invalid', line: 5, column: 6, endLine: 5, endColumn: 10 },
        { messageId: 'invalid', message: /^Invalid user\/group name or numeric ID, ignoring: `www\/data`/, line: 6, column: 25, endLine: 6, endColumn: 33 },
      ],
    },
    {
      name: 'credential names, sources and data systemd refuses',
      code: svc('LoadCredential=a/b:/x\nLoadCredential=key:/etc/../key\nSetCredential=token\nSetCredential=t:a\\qb\nSetCredentialEncrypted=k:aGVsbG8\nImportCredential=foo*bar'),
      errors: [
        {
          messageId: 'invalid',
          message: 'Credential name "a/b" not valid, ignoring: `a/b` (systemd ignores `LoadCredential=`), expected a credential name of printable ASCII without `/` or `:` (not `.` or `..`)',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 19,
        },
        { messageId: 'invalid', message: /^Credential source "\/etc\/\.\.\/key" not valid, ignoring: `\/etc\/\.\.\/key`/, line: 4, column: 20, endLine: 4, endColumn: 31 },
        { messageId: 'invalid', message: /^Invalid syntax, ignoring: `token`/, line: 5, column: 15, endLine: 5, endColumn: 20 },
        { messageId: 'invalid', message: /^Can't unescape "a\\qb", ignoring: `\\qb`/, line: 6, column: 18, endLine: 6, endColumn: 21 },
        { messageId: 'invalid', message: /^Encrypted credential data not valid Base64 data, ignoring: `aGVsbG8`/, line: 7, column: 26, endLine: 7, endColumn: 33 },
        { messageId: 'invalid', message: /^Credential name or glob "foo\*bar" not valid/, line: 8, column: 18, endLine: 8, endColumn: 25 },
      ],
    },
    {
      name: 'bind mounts: a relative source, an empty destination, an unknown option, `..`; path lists: `+` before `-`',
      code: svc('BindPaths=/a data:/b\nBindPaths=/a::/b\nBindReadOnlyPaths=/a:/b:ro\nBindPaths=/a/../b\nTemporaryFileSystem=/a tmp\nReadWritePaths=-/a +-/b'),
      errors: [
        {
          messageId: 'invalidWord',
          message:
            'BindPaths= path is not absolute, ignoring: `data` (systemd drops this word of `BindPaths=`), expected absolute paths as `[-]SOURCE[:DESTINATION[:rbind|norbind]]`, entries separated by spaces',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 18,
        },
        { messageId: 'invalidWord', message: /^BindPaths= path is not absolute, ignoring: `\/a:`/, line: 4, column: 11, endLine: 4, endColumn: 14 },
        { messageId: 'invalidWord', message: /^Invalid option string, ignoring: `ro`.*expected `rbind` or `norbind` after the destination$/, line: 5, column: 25, endLine: 5, endColumn: 27 },
        { messageId: 'invalidWord', message: /^BindPaths= path is not normalized, ignoring: `\/a\/\.\.\/b`/, line: 6, column: 11, endLine: 6, endColumn: 18 },
        { messageId: 'invalidWord', message: /^TemporaryFileSystem= path is not absolute, ignoring: `tmp`/, line: 7, column: 24, endLine: 7, endColumn: 27 },
        { messageId: 'invalidWord', message: /^ReadWritePaths= path is not absolute, ignoring: `\+-\/b`/, line: 8, column: 20, endLine: 8, endColumn: 24 },
      ],
    },
  ],
});
