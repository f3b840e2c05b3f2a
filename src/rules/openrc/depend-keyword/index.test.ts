import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ndepend() {\n\tneed localmount\n\tuse logger dns\n\twant coolservice\n\tbefore nginx\n\tafter bootmisc\n\tprovide cron\n\tkeyword -lxc -docker\n\tconfig /etc/foo.conf\n}\n',
    {
      name: 'shell code inside depend()',
      code: '#!/sbin/openrc-run\ndepend() {\n\tlocal x\n\t[ -n "$FOO" ] && need foo\n\tif yesno "$BAR"; then use bar; fi\n\t_extra_depend\n}\n_extra_depend() { :; }\n',
    },
    {
      name: 'OpenRC helpers and loops that compute dependencies',
      code: '#!/sbin/openrc-run\ndepend() {\n\tconfig /etc/fstab\n\tmountinfo -q /usr || need localmount\n\tfor x in $(fstabinfo -q); do\n\t\tneed net; break\n\tdone\n\tsome-site-helper --deps\n}\n',
    },
  ],
  invalid: [
    {
      name: 'a typo',
      code: '#!/sbin/openrc-run\ndepend() {\n\tneeds net\n\tafer bootmisc\n}\n',
      errors: [
        { message: 'Unexpected `needs` in depend(), expected `need`', line: 3, column: 2, endLine: 3, endColumn: 7, severity: 'error' },
        { message: 'Unexpected `afer` in depend(), expected `after`', line: 4, column: 2, endLine: 4, endColumn: 6 },
      ],
      output: '#!/sbin/openrc-run\ndepend() {\n\tneed net\n\tafter bootmisc\n}\n',
    },
    {
      name: 'systemd words, CRLF',
      code: '#!/sbin/openrc-run\r\ndepend() {\r\n\trequires dbus\r\n\tWants logger\r\n}\r\n',
      errors: [
        { messageId: 'unknown', line: 3, column: 2, endLine: 3, endColumn: 10 },
        { messageId: 'typo', line: 4, column: 2, endLine: 4, endColumn: 7 },
      ],
      output: '#!/sbin/openrc-run\r\ndepend() {\r\n\trequires dbus\r\n\twant logger\r\n}\r\n',
    },
  ],
});
