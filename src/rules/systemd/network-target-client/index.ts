import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { listWords } from '../../../languages/systemd/words.js';
import { insertLineAfter } from '../../shared/edits.js';

/** Programs that reach out to another host: they need a configured network, not just the stack. */
const CLIENTS = new Set([
  'curl',
  'wget',
  'rsync',
  'ssh',
  'scp',
  'sftp',
  'autossh',
  'sshfs',
  'git',
  'ntpdate',
  'sntp',
  'rdate',
  'rclone',
  'restic',
  'borg',
  'duplicity',
  's3cmd',
  'aws',
  'gsutil',
  'fetchmail',
  'certbot',
  'nsupdate',
  'msmtp',
  'mbsync',
  'offlineimap',
  'mount.nfs',
  'mount.nfs4',
  'mount.cifs',
  'ddclient',
]);
/** A URL naming a remote host. */
const REMOTE_URL = /\b(?:https?|ftps?|sftp|ssh|rsync|s3|git|nfs|smb|ldaps?|mqtts?|amqps?|wss?):\/\//;
const EXEC = ['ExecStartPre', 'ExecStart', 'ExecStartPost', 'ExecCondition'];

/** What makes this service a network client, if anything. */
function clientEvidence(tree: UnitFile): string | undefined {
  for (const key of EXEC) {
    // `rsync --daemon` and the like serve on 0.0.0.0: a server, which network.target suits.
    if (listWords(tree, 'Service', key).some(({ word }) => /^--?daemon$/.test(word.text))) continue;
    for (const { word } of listWords(tree, 'Service', key)) {
      const bare = word.text.replace(/^[-@:+!'"]+|['";]+$/g, '');
      const base = bare.slice(bare.lastIndexOf('/') + 1);
      if (CLIENTS.has(base)) return `\`${base}\``;
      const url = REMOTE_URL.exec(bare);
      if (url) return `a \`${url[0]}\` URL`;
    }
  }
  return undefined;
}

export default defineRule<UnitFile>({
  id: 'systemd/network-target-client',
  kinds: ['systemd'],
  severity: 'info',
  docs: {
    summary: 'a network client service ordered `After=network.target` without `Wants=network-online.target`: it may start before the network is configured',
    source: [{ kind: 'article', title: 'Running Services After the Network Is Up', publisher: 'systemd.io' }, openrcGuide('Be wary of need net dependencies')],
  },
  fixable: 'unsafe',
  messages: {
    networkTarget:
      'Unexpected `After={target}` as the only network ordering of a client (it runs {evidence}): network.target does not mean the network is configured; add `Wants=network-online.target` and `After=network-online.target`',
    notPulled: 'Unexpected `After=network-online.target` without `Wants=network-online.target`: nothing pulls the target in, so the ordering may wait for nothing; add `Wants=network-online.target`',
  },
  check(ctx) {
    const { tree } = ctx;
    if (tree.info.unitType !== 'service') return;
    const after = listWords(tree, 'Unit', 'After');
    const pulled = ['Wants', 'Requires', 'BindsTo'].some((key) => listWords(tree, 'Unit', key).some((w) => w.word.text === 'network-online.target'));
    if (pulled) return;
    const online = after.find((w) => w.word.text === 'network-online.target');
    const plain = after.find((w) => w.word.text === 'network.target');
    const anchor = online ?? plain;
    if (!anchor) return;
    const evidence = clientEvidence(tree);
    if (!evidence) return;
    const lines = online ? ['Wants=network-online.target'] : ['Wants=network-online.target', 'After=network-online.target'];
    ctx.report({
      messageId: online ? 'notPulled' : 'networkTarget',
      data: { target: anchor.word.text, evidence },
      at: anchor.word,
      fix: {
        description: 'Wait for network-online.target',
        applicability: 'unsafe',
        edits: [insertLineAfter(ctx, anchor.directive, lines.join(ctx.eol))],
      },
    });
  },
});
