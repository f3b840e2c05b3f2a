import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['#!/sbin/openrc-run\ndepend() {\n\tuse net\n\tneed localmount\n}\n', { name: 'a particular interface', code: '#!/sbin/openrc-run\ndepend() {\n\tneed net.eth0\n}\n' }],
  invalid: [
    {
      name: 'alone on its line',
      code: '#!/sbin/openrc-run\ndepend() {\n\tneed net\n\tuse logger\n}\n',
      errors: [{ messageId: 'net', line: 3, column: 7, endLine: 3, endColumn: 10, severity: 'info' }],
      output: '#!/sbin/openrc-run\ndepend() {\n\tuse logger\n}\n',
    },
    {
      name: 'among other services, CRLF',
      code: '#!/sbin/openrc-run\r\ndepend() {\r\n\tneed localmount net\r\n\tneed net dbus\r\n}\r\n',
      errors: [
        { messageId: 'net', line: 3, column: 18, endLine: 3, endColumn: 21 },
        { messageId: 'net', line: 4, column: 7, endLine: 4, endColumn: 10 },
      ],
      output: '#!/sbin/openrc-run\r\ndepend() {\r\n\tneed localmount\r\n\tneed dbus\r\n}\r\n',
    },
    {
      name: 'the only dependency: depend() goes, an empty body would not parse',
      code: '#!/sbin/openrc-run\n\ndepend() {\n\tneed net\n}\n\ncommand=/usr/bin/foo\n',
      errors: [{ messageId: 'net', line: 4, column: 7, endLine: 4, endColumn: 10 }],
      output: '#!/sbin/openrc-run\n\ncommand=/usr/bin/foo\n',
    },
    {
      name: 'on one line with other verbs: no fix',
      code: '#!/sbin/openrc-run\ndepend() { need net; use dns; }\n',
      errors: [{ messageId: 'net', line: 2, column: 17, endLine: 2, endColumn: 20 }],
      output: null,
    },
  ],
});
