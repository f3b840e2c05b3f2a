import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nType=dbus\nBusName=org.example.Foo\nExecStart=/usr/bin/foo\n',
    '[Service]\nBusName=org.example.Foo\nExecStart=/usr/bin/foo\n',
    { name: 'drop-ins are partial', path: 'foo.service.d/type.conf', code: '[Service]\nType=dbus\n' },
    {
      name: 'BusName= in a drop-in of the run',
      code: '[Service]\nType=dbus\nExecStart=/usr/bin/foo\n',
      path: 'foo.service',
      others: [{ path: 'foo.service.d/bus.conf', text: '[Service]\nBusName=org.example.Foo\n' }],
    },
  ],
  invalid: [
    {
      code: '[Unit]\nDescription=Foo\n\n[Service]\nType=dbus\nExecStart=/usr/bin/foo\n',
      errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 10, severity: 'error' }],
      output: null,
    },
  ],
});
