import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nExecStart=/usr/bin/foo\n',
    '[Service]\nType=oneshot\nExecStart=/usr/bin/a\nExecStart=/usr/bin/b\n',
    { name: 'an empty ExecStart= resets the list', code: '[Service]\nExecStart=/usr/bin/a\nExecStart=\nExecStart=/usr/bin/b\n' },
    { name: 'drop-in that resets first', path: 'foo.service.d/override.conf', code: '[Service]\nExecStart=\nExecStart=/usr/bin/foo -x\n' },
    {
      name: 'drop-in of a oneshot',
      path: 'foo.service.d/more.conf',
      code: '[Service]\nExecStart=/usr/bin/b\n',
      others: [{ path: 'foo.service', text: '[Service]\nType=oneshot\nExecStart=/usr/bin/a\n' }],
    },
    {
      name: 'drop-in of a unit without ExecStart=',
      path: 'foo.service.d/cmd.conf',
      code: '[Service]\nExecStart=/usr/bin/b\n',
      others: [{ path: 'foo.service', text: '[Service]\nRestart=always\n' }],
    },
  ],
  invalid: [
    {
      code: '[Service]\nExecStart=/usr/bin/a\nExecStart=/usr/bin/b\n',
      errors: [
        {
          messageId: 'second',
          message: 'Unexpected second `ExecStart=` with `Type=simple` (systemd refuses the unit), expected one command, or `Type=oneshot`',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21,
          severity: 'error',
        },
      ],
      output: null,
    },
    {
      name: 'continuation lines',
      code: '[Service]\nType=notify\nExecStart=/usr/bin/a \\\n  --flag\nExecStart=/usr/bin/b \\\n  --x\n',
      errors: [{ messageId: 'second', line: 5, column: 1, endLine: 6, endColumn: 6 }],
    },
    {
      name: 'a drop-in that forgets to reset',
      path: 'foo.service.d/override.conf',
      code: '[Service]\nExecStart=/usr/bin/foo --new\n',
      errors: [{ messageId: 'dropIn', line: 2, column: 1, endLine: 2, endColumn: 29 }],
    },
    {
      name: 'a drop-in that forgets to reset, unit in the run',
      path: 'foo.service.d/override.conf',
      code: '[Service]\nExecStart=/usr/bin/foo --new\n',
      others: [{ path: 'foo.service', text: '[Service]\nExecStart=/usr/bin/foo\n' }],
      errors: [{ messageId: 'dropIn', line: 2, column: 1, endLine: 2, endColumn: 29 }],
    },
  ],
});
