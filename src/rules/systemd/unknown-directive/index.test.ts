import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Unit]\nDescription=x\nAfter=network.target\n[Service]\nExecStart=/bin/true\nMemoryMax=1G\nUser=nobody\n[Install]\nWantedBy=multi-user.target\n',
    { name: 'X- keys are allowed', code: '[Service]\nX-Comment=hello\nExecStart=/bin/true\n' },
    { name: "unknown sections are unknown-section's finding", code: '[Servce]\nFoo=bar\n' },
    { name: 'socket keys in a socket', path: 'a.socket', code: '[Socket]\nListenStream=80\nAccept=no\n' },
    { name: 'keys of newer systemd releases', code: '[Service]\nExecStart=/bin/true\nRestartSteps=5\nRestartMaxDelaySec=60\n' },
    { name: "deprecated but still parsed keys are deprecated-directive's business", code: '[Service]\nExecStart=/bin/true\nMemoryLimit=1G\nStartLimitInterval=10\n' },
  ],
  invalid: [
    {
      name: 'typo, with CRLF and BOM',
      code: '\uFEFF[Service]\r\nExecStrat=/bin/true\r\n',
      errors: [{ message: 'Unexpected `ExecStrat=` in [Service], expected `ExecStart=`: systemd ignores unknown keys', line: 2, column: 1, endLine: 2, endColumn: 10, severity: 'warning' }],
      output: '\uFEFF[Service]\r\nExecStart=/bin/true\r\n',
    },
    {
      name: 'wrong case',
      code: '[Service]\nExecStart=/bin/true\nuser=nobody\n',
      errors: [{ messageId: 'typo', line: 3, column: 1, endLine: 3, endColumn: 5 }],
      output: '[Service]\nExecStart=/bin/true\nUser=nobody\n',
    },
    {
      name: 'wrong section: moved to the end of [Unit]',
      code: '[Unit]\nDescription=x\n\n[Service]\nAfter=network.target\nExecStart=/bin/true\n',
      errors: [{ message: 'Unexpected `After=` in [Service], expected it in [Unit]: systemd ignores it here', line: 5, column: 1, endLine: 5, endColumn: 6 }],
      output: '[Unit]\nDescription=x\nAfter=network.target\n\n[Service]\nExecStart=/bin/true\n',
    },
    {
      name: 'wrong section with no such section in the file: no fix',
      code: '[Service]\nExecStart=/bin/true\nWantedBy=multi-user.target\n',
      errors: [{ messageId: 'wrongSection', line: 3, column: 1, endLine: 3, endColumn: 9 }],
      output: null,
    },
    {
      name: 'a key of another unit type',
      code: '[Service]\nExecStart=/bin/true\nListenStream=80\n',
      errors: [
        { message: 'Unexpected `ListenStream=` in [Service]: it is a [Socket] setting, which a .service unit does not have; systemd ignores it', line: 3, column: 1, endLine: 3, endColumn: 13 },
      ],
      output: null,
    },
    {
      name: 'nothing close',
      code: '[Service]\nExecStart=/bin/true\nFrobnicate=yes\n',
      errors: [
        {
          message: /^Unexpected `Frobnicate=` in \[Service\]: no systemd release up to \d+ knows such a key, and systemd ignores it \(prefix your own keys with `X-`\)$/,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
        },
      ],
      output: null,
    },
    {
      name: 'a target has no [Service]-only keys in [Unit]',
      path: 'a.target',
      code: '[Unit]\nDescription=x\nAfterr=basic.target\n',
      errors: [{ messageId: 'typo', line: 3, column: 1, endLine: 3, endColumn: 7 }],
      output: '[Unit]\nDescription=x\nAfter=basic.target\n',
    },
  ],
});
