#!/bin/sh
# Fills bench/.cache/corpus with real init scripts for measure.mjs: the
# init.d scripts and shell libraries of OpenRC and of Debian server packages
# (downloaded with apt-get, unpacked with dpkg-deb; nothing is installed or run).
# Optionally bench/.cache/system: every sh/bash script on this machine, for
# the false-error rate on a wider sample.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cache="$root/bench/.cache"
mkdir -p "$cache/debs" "$cache/x" "$cache/corpus"
cd "$cache/debs"
for p in openrc nginx-common apache2 openssh-server cron rsyslog postfix bind9 isc-dhcp-server \
  nfs-kernel-server samba mariadb-server redis-server memcached haproxy squid exim4-base lighttpd \
  openvpn slapd smartmontools sysstat keepalived fail2ban dovecot-core chrony unbound hostapd snmpd \
  xinetd rpcbind nut-server munin-node nfs-common ntpsec uwsgi varnish postgresql-common cups-daemon \
  avahi-daemon bluez lvm2 mdadm open-iscsi ifupdown kmod udev dbus procps; do
  apt-get download "$p" >/dev/null 2>&1 || echo "skipped $p" >&2
done
for d in *.deb; do dpkg-deb -x "$d" "$cache/x"; done
cd "$cache"
for f in x/etc/init.d/* /etc/init.d/*; do [ -f "$f" ] && cp "$f" "corpus/initd-$(basename "$f")"; done
for f in x/lib/rc/sh/*.sh; do [ -f "$f" ] && cp "$f" "corpus/lib-$(basename "$f")"; done
find x -name '*.sh' -size -200k -type f | head -100 | while read -r f; do cp "$f" "corpus/sh-$(echo "$f" | tr / _)"; done
if [ "${1:-}" = "--system" ]; then
  mkdir -p system
  grep -rlE -m1 '^#! ?(/usr)?/bin/(env )?(ba)?sh' /usr/bin /usr/sbin /usr/lib /usr/share /usr/libexec /etc x 2>/dev/null | head -2000 |
    while read -r f; do
      [ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 300000 ] && head -c2 "$f" | grep -q '#!' && cp "$f" "system/$(echo "$f" | tr / _)"
    done
fi
ls corpus | wc -l
