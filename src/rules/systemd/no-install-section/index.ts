import { man } from '../../../core/provenance.js';
import type { Project } from '../../../core/project.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective, listDirectives, serviceType } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { listWords } from '../../../languages/systemd/words.js';

/** Keys by which one unit starts another. */
const ACTIVATING: Array<[string, string]> = [
  ['Unit', 'Wants'],
  ['Unit', 'Requires'],
  ['Unit', 'Requisite'],
  ['Unit', 'BindsTo'],
  ['Unit', 'Upholds'],
  ['Unit', 'OnFailure'],
  ['Unit', 'OnSuccess'],
  ['Install', 'Also'],
  ['Timer', 'Unit'],
  ['Path', 'Unit'],
  ['Socket', 'Service'],
];

/**
 * Display managers: their packages link the unit as display-manager.service (which graphical.target
 * wants) from their maintainer scripts, with no [Install] needed (Debian's xdm.service).
 */
const DISPLAY_MANAGERS = new Set(['xdm', 'wdm', 'kdm', 'gdm', 'gdm3', 'lightdm', 'sddm', 'slim', 'lxdm', 'nodm', 'entrance', 'ly', 'greetd', 'tdm', 'emptty', 'lemurs']);

/** A symlink (or copy) in NAME.target.wants/ or .requires/ is an enabled dependency. */
const WANTED_DIR = /\.(wants|requires)\/([^/]+)$/;

/** Which units the run enables, which units start which, and each unit text's names (computed once per run). */
function activation(project: Project) {
  // Computed once per run: scanning every unit for every unit made large audits quadratic.
  const wanted = new Set<string>();
  const activatedBy = new Map<string, string[]>();
  const namesByText = new Map<string, Set<string>>();
  for (const entry of project.entries) {
    const m = WANTED_DIR.exec(entry.path);
    if (m) wanted.add(m[2]);
  }
  for (const entry of project.ofKind('systemd')) {
    const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
    const names = namesByText.get(entry.text);
    if (names) names.add(name);
    else namesByText.set(entry.text, new Set([name]));
  }
  for (const entry of project.ofKind('systemd')) {
    for (const [section, key] of ACTIVATING) {
      for (const { word } of listWords(entry.tree as UnitFile, section, key)) {
        const paths = activatedBy.get(word.text);
        if (paths) paths.push(entry.path);
        else activatedBy.set(word.text, [entry.path]);
      }
    }
  }
  return { wanted, activatedBy, namesByText };
}

export default defineRule<UnitFile>({
  id: 'systemd/no-install-section',
  kinds: ['systemd'],
  severity: 'info',
  docs: {
    summary: 'a `.service` without `[Install]` that nothing in the project activates (no socket, timer or path unit, not D-Bus, no unit that wants it)',
    source: [man('systemd.unit(5)', '[Install] Section Options')],
  },
  fixable: 'unsafe',
  messages: {
    missing:
      'Unexpected service {unit} with no `[Install]` section and nothing that starts it: `systemctl {user}enable` cannot start it {when}; add `[Install]` with `WantedBy={target}`, or a socket, timer or unit that pulls it in',
  },
  check(ctx) {
    const { tree, project } = ctx;
    const { info } = tree;
    if (info.unitType !== 'service' || info.dropIn || info.instance) return;
    // A user unit is started by the session (XDG autostart, the desktop's own `systemctl --user
    // start`, D-Bus), none of which a tree shows: 0 of 3 such findings were right on the corpus and
    // the holdouts (pulseaudio-x11, spice-vdagent, plasma-ksplash).
    if (info.userUnit) return;
    // Templates are instantiated by name (systemd-logind's user@UID, nspawn's container-getty@, a
    // socket's Accept=yes); enabling one needs an instance anyway, so an [Install] is no answer.
    // Gentoo ships templates as NAME_at.service (`@` is not allowed in its file names).
    if (info.template || /_at(-r\d+)?\.service(\.in|-r\d+)?$/.test(ctx.path)) return;
    if (tree.children.some((s) => s.name === 'Install')) return;
    // A service with no command is broken in other ways; enabling it would not help.
    if (listDirectives(tree, 'Service', 'ExecStart').length === 0) return;
    // Early-boot plumbing (DefaultDependencies=no) is pulled in by .wants/ links made at install
    // time, generators or udev, none of which a source tree shows.
    if (/^(0|no|n|false|f|off)$/i.test(lastDirective(tree, 'Unit', 'DefaultDependencies')?.value ?? '')) return;
    // A dracut module's module-setup.sh links its units into the initrd's targets (Fedora CoreOS: 0 of 6 right).
    if (/(^|\/)modules\.d\/\d\d[^/]+\/[^/]+$/.test(ctx.path)) return;
    // The display manager may run under a shell wrapper (nodm: `sh -c '… exec /usr/sbin/nodm …'`).
    const words = listDirectives(tree, 'Service', 'ExecStart').flatMap((d) => d.value.split(/[\s'";]+/));
    if (words.some((w) => DISPLAY_MANAGERS.has(w.slice(w.lastIndexOf('/') + 1)))) return;
    // D-Bus starts bus-activated services by name.
    if (serviceType(tree) === 'dbus' || tree.children.some((s) => s.children.some((d) => d.type === 'directive' && d.key === 'BusName'))) return;
    const unit = info.unitName;
    const stem = unit
      .slice(0, unit.lastIndexOf('.'))
      .replace(/@$/, '')
      .replace(/-r\d+$/, '');
    for (const type of ['socket', 'timer', 'path']) {
      if (project.named(`${stem}.${type}`).length || project.named(`${stem}@.${type}`).length) return;
    }
    if (WANTED_DIR.exec(ctx.path)?.[2] === unit) return;
    const { wanted, activatedBy, namesByText } = project.memo('no-install-section:activation', () => activation(project));
    // Gentoo's revision suffix (`ovsdb-server-r3.service`) is not part of the installed name.
    const installed = unit.replace(/-r\d+(\.service)$/, '$1');
    // The same unit under other names: a symbolic link is an alias (Debian's plymouth.service ->
    // plymouth-quit.service), started whenever the name it points to is.
    const aliases = [...(namesByText.get(ctx.text) ?? [])].filter((name) => name.endsWith('.service'));
    const names = [unit, installed, ...aliases];
    if (names.some((name) => wanted.has(name))) return;
    if (names.some((name) => (activatedBy.get(name) ?? []).some((path) => path !== ctx.path))) return;
    // Scripts of the project, or another unit's Exec*= lines, may start it by name (`systemctl start foo`).
    const name = unit.replace(/\.service$/, '');
    const mention = new RegExp(`systemctl\\b[^\\n]*\\b(start|restart|enable|reload-or-restart|try-restart)\\b[^\\n]*\\b${name.replace(/[.*+?^${}()|[\]\\@-]/g, '\\$&')}\\b`);
    if (project.entries.some((e) => e.path !== ctx.path && mention.test(e.text))) return;

    const end = ctx.text.length;
    const lead = end === 0 || ctx.text.endsWith('\n') || ctx.text.endsWith('\r') ? ctx.eol : ctx.eol + ctx.eol;
    const header = tree.children.find((s) => s.name === 'Service') ?? tree.children[0];
    ctx.report({
      messageId: 'missing',
      // A user unit is started with the user's session (default.target); multi-user.target does not exist there.
      data: { unit, user: '', when: 'at boot', target: 'multi-user.target' },
      at: { start: header.headerPosition.start.offset!, end: header.headerPosition.end.offset! },
      fix: {
        description: 'Add [Install] WantedBy=multi-user.target',
        applicability: 'unsafe',
        edits: [{ start: end, end, text: `${lead}[Install]${ctx.eol}WantedBy=multi-user.target${ctx.eol}` }],
      },
    });
  },
});
