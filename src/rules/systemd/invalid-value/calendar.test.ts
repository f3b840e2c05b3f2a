// systemd/invalid-value on calendar events with a time zone: the zone name is checked against the tz database.
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const timer = (lines: string) => ({ path: 'backup.timer', code: `[Timer]\n${lines}\n` });

testRule(rule, {
  valid: [timer('OnCalendar=daily Europe/Berlin\nOnCalendar=Mon..Fri 03:00 America/New_York\nOnCalendar=*-*-* 00:00:00 Etc/GMT+2\nOnCalendar=weekly utc\nOnCalendar=daily US/Eastern')],
  invalid: [
    {
      ...timer('OnCalendar=Mon..Fri 03:00 Europe/Berln\nOnCalendar=daily europe/berlin\nOnCalendar=Mon..Fry 03:00 Europe/Berlin\nOnCalendar=weekly'),
      errors: [
        {
          messageId: 'invalid',
          message: 'Failed to parse calendar specification, ignoring: `Europe/Berln` (systemd ignores `OnCalendar=`), expected a time-zone name of the tz database such as `Europe/Berlin` or `UTC`',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 39,
        },
        {
          messageId: 'invalid',
          message: 'Failed to parse calendar specification, ignoring: `europe/berlin` (systemd ignores `OnCalendar=`), expected `Europe/Berlin` (zone names are case-sensitive)',
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 31,
        },
        {
          messageId: 'invalid',
          message: /^Failed to parse calendar specification, ignoring: `Mon\.\.Fry 03:00 Europe\/Berlin`.*systemd\.time\(7\)\)$/,
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 40,
        },
      ],
      output: '[Timer]\nOnCalendar=Mon..Fri 03:00 Europe/Berln\nOnCalendar=daily Europe/Berlin\nOnCalendar=Mon..Fry 03:00 Europe/Berlin\nOnCalendar=weekly\n',
    },
  ],
});
