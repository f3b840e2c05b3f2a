// Nothing from a scanned file is executed, sourced or evaluated: payloads that
// would create a marker file if anything ran them are planted in every field
// of units and scripts, and every code path of the CLI is driven over them.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'initlint-hostile-'));
const marker = join(dir, 'PWNED');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const payloads = [`$(touch ${marker})`, `\`touch ${marker}\``, `; touch ${marker}`, `eval "touch ${marker}"`, `| touch ${marker}`];

function plant(): void {
  const p = payloads.join(' ');
  mkdirSync(join(dir, 'etc/init.d'), { recursive: true });
  mkdirSync(join(dir, 'etc/conf.d'), { recursive: true });
  writeFileSync(
    join(dir, 'evil.service'),
    `[Unit]\nDescription=${p}\nAfter=${p}\n[Service]\nType=forking\nExecStartPre=${p}\nExecStart=/bin/sh -c '${p}'\nExecReload=/bin/kill -HUP ${p}\nPIDFile=${p}\nEnvironment=X=${p}\nUser=${p}\n[Install]\nRequiredBy=${p}\nWantedBy=${p}\n`,
  );
  writeFileSync(
    join(dir, 'etc/init.d/evil'),
    `#!/sbin/openrc-run\n# ${p}\ncommand="${p}"\ncommand_args="${p}"\npidfile="${p}"\nextra_commands="$(touch ${marker})"\nsource ${marker}\n. ${marker}\neval "touch ${marker}"\ndepend() {\n  need $(touch ${marker})\n}\nstart() {\n  start-stop-daemon --start --exec ${p} --pidfile ${p} --user ${p}\n}\n`,
  );
  writeFileSync(join(dir, 'etc/conf.d/evil'), `PIDFILE="$(touch ${marker})"\nOPTS=\`touch ${marker}\`\n`);
  writeFileSync(
    join(dir, 'etc/init.d/evil-sysv'),
    `#!/bin/sh\n### BEGIN INIT INFO\n# Provides: $(touch ${marker})\n# Short-Description: ${p}\n### END INIT INFO\n. /etc/default/$(touch ${marker})\nDAEMONS="$(touch ${marker}) \`touch ${marker}\`"\ncase "$1" in\n  start) for d in $DAEMONS; do $d -t; sleep 1; done ;;\n  stop) killall $(touch ${marker}) ;;\nesac\n`,
  );
}

describe('hostile content', () => {
  it('no payload in any field runs, through lint, every format, --fix-unsafe and convert', async () => {
    plant();
    const io = { cwd: dir, stdout: () => {}, stderr: () => {} };
    for (const format of ['stylish', 'json', 'sarif', 'rdjson']) await main(['.', '--format', format], io);
    await main(['.', '--fix-unsafe'], io);
    await main(['convert', 'etc/init.d/evil-sysv'], io);
    await main(['convert', 'etc/init.d/evil-sysv', '--bindir', `$(touch ${marker})`], io);
    expect(existsSync(marker)).toBe(false);
  });
});
