import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nUser=foo\nExecStart=/usr/bin/foo\n',
    { name: 'DynamicUser', code: '[Service]\nDynamicUser=yes\nExecStart=/usr/bin/foo\n' },
    { name: 'explicit root', code: '[Service]\nUser=root\nExecStart=/usr/sbin/foo\n' },
    { name: 'oneshot setup job', code: '[Service]\nType=oneshot\nExecStart=/usr/sbin/setup\n' },
    { name: 'user unit', path: 'systemd/user/foo.service', code: '[Service]\nExecStart=/usr/bin/foo\n' },
    { name: 'drop-in', path: 'foo.service.d/x.conf', code: '[Service]\nExecStart=\nExecStart=/usr/bin/foo\n' },
  ],
  invalid: [
    {
      code: '[Unit]\nDescription=Foo\n\n[Service]\nExecStart=/usr/bin/foo\n',
      errors: [{ messageId: 'root', line: 4, column: 1, endLine: 4, endColumn: 10, severity: 'info' }],
      output: null,
    },
  ],
});
