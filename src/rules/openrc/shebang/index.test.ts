import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\n',
    // issue 11: build-time placeholders are not the run-time interpreter; a sourced library is no service.
    { name: 'build-time placeholder #!@RUNSCRIPT@ in a .in template', path: 'init.d/foo.in', code: '#!@RUNSCRIPT@\ncommand="/usr/bin/foo"\ndepend() {\n\tneed localmount\n}\n' },
    { name: 'a library the service scripts source (no depend, start or command)', path: 'files/common.initd', code: '# helpers\n_common_start_pre() {\n\tcheckpath -d /run/foo\n}\n' },
    { name: 'merged /usr', code: '#!/usr/sbin/openrc-run\ncommand="/usr/bin/foo"\n' },
    { name: 'a SysV script is not OpenRC', code: '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n### END INIT INFO\ncase "$1" in start) ;; esac\n' },
  ],
  invalid: [
    {
      name: '#!/bin/sh with depend()',
      code: '#!/bin/sh\ndepend() {\n\tneed localmount\n}\ncommand="/usr/bin/foo"\n',
      errors: [{ messageId: 'wrong', line: 1, column: 1, endLine: 1, endColumn: 10, severity: 'error' }],
      output: '#!/sbin/openrc-run\ndepend() {\n\tneed localmount\n}\ncommand="/usr/bin/foo"\n',
    },
    {
      name: 'legacy runscript',
      code: '#!/sbin/runscript\ncommand="/usr/bin/foo"\n',
      errors: [{ messageId: 'legacy', line: 1, column: 1, endLine: 1, endColumn: 18 }],
      output: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\n',
    },
    {
      name: 'bash, CRLF and BOM',
      code: '\uFEFF#!/bin/bash\r\ndepend() {\r\n\tuse logger\r\n}\r\n',
      errors: [{ messageId: 'wrong', line: 1, column: 1, endLine: 1, endColumn: 12 }],
      output: '\uFEFF#!/sbin/openrc-run\r\ndepend() {\r\n\tuse logger\r\n}\r\n',
    },
    {
      name: 'no shebang at all',
      path: 'init.d/foo',
      code: 'depend() {\n\tneed localmount\n}\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 11 }],
      output: '#!/sbin/openrc-run\ndepend() {\n\tneed localmount\n}\n',
    },
  ],
});
