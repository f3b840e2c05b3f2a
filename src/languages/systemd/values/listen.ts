/** Socket addresses as `socket_address_parse()` and `socket_address_parse_netlink()` read them. */
import { parseInteger } from './numbers.js';

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
/** sun_path is 108 bytes, the terminating NUL included for file-system sockets. */
const UNIX_PATH_MAX = 108;

function isPort(text: string): boolean {
  if (!/^[0-9]+$/.test(text)) return false;
  const n = Number(text);
  return n >= 1 && n <= 65535;
}

function isIPv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || !text.includes(':')) return false;
  let body = text;
  const lastColon = body.lastIndexOf(':');
  if (body.slice(lastColon + 1).includes('.')) {
    if (!IPV4.test(body.slice(lastColon + 1))) return false;
    body = body.slice(0, lastColon + 1) + '0:0';
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

/** `%ifname` after an address: an interface name or index. */
const IFACE = /^[^\s/%:]{1,15}$/;

function isHostPort(s: string): boolean {
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) return false;
    let addr = s.slice(1, close);
    const pct = addr.indexOf('%');
    if (pct >= 0) {
      if (!IFACE.test(addr.slice(pct + 1))) return false;
      addr = addr.slice(0, pct);
    }
    const rest = s.slice(close + 1);
    const m = /^:([0-9]+)(?:%(.+))?$/.exec(rest);
    return isIPv6(addr) && !!m && isPort(m[1]) && (m[2] === undefined || IFACE.test(m[2]));
  }
  const m = /^([0-9.]+):([0-9]+)(?:%(.+))?$/.exec(s);
  return !!m && IPV4.test(m[1]) && isPort(m[2]) && (m[3] === undefined || IFACE.test(m[3]));
}

/** `ListenStream=`/`ListenDatagram=`/`ListenSequentialPacket=`. */
export function isListenAddress(s: string): boolean {
  if (s.startsWith('/')) return Buffer.byteLength(s) < UNIX_PATH_MAX;
  if (s.startsWith('@')) return s.length > 1 && Buffer.byteLength(s) <= UNIX_PATH_MAX;
  if (s.startsWith('vsock:')) {
    // CID and port are 32-bit unsigned numbers.
    const m = /^vsock:([0-9]*):([0-9]+)$/.exec(s);
    return !!m && Number(m[1] || 0) <= 0xffffffff && Number(m[2]) <= 0xffffffff;
  }
  if (/^[0-9]+$/.test(s)) return isPort(s);
  return isHostPort(s);
}

const NETLINK_FAMILIES = new Set([
  'route',
  'firewall',
  'inet-diag',
  'nflog',
  'xfrm',
  'selinux',
  'iscsi',
  'audit',
  'fib-lookup',
  'connector',
  'netfilter',
  'ip6-fw',
  'dnrtmsg',
  'kobject-uevent',
  'generic',
  'scsitransport',
  'ecryptfs',
  'rdma',
  'usersock',
  'sock-diag',
  'crypto',
  'smc',
]);

/** `ListenNetlink=FAMILY [GROUP]`. */
export function isNetlinkAddress(s: string): boolean {
  const m = /^(\S+)(?:\s+(\S+))?$/.exec(s.trim());
  if (!m) return false;
  const family = m[1];
  if (!NETLINK_FAMILIES.has(family) && parseInteger(family) === undefined) return false;
  return m[2] === undefined || parseInteger(m[2]) !== undefined;
}
