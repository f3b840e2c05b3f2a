#!/usr/bin/env bash
# Gathers the HOLDOUT of bench/corpus-precision.md ("Holdout review"): init files
# from sources that bench/corpus.sh does not use, into the git-ignored
#   bench/.cache/holdout/deb+<package>/<path in the package>
#   bench/.cache/holdout/<owner+name>/<path in the repository>
# Debian bookworm packages are fetched with `apt-get download` and unpacked with
# `dpkg-deb -x` (nothing installed or run); repositories are read from the
# `fetch` tool's mirror (/work/.mirror or $INITLINT_MIRROR), as corpus.sh does,
# keeping every file of a directory that holds an init file. Files whose content
# is also in bench/.cache/corpus (run bench/corpus.sh first) are dropped, so the
# holdout holds only files the corpus review never saw. Never committed.
set -euo pipefail
cd "$(dirname "$0")"
MIRROR=${INITLINT_MIRROR:-/work/.mirror}
OUT=.cache/holdout

PACKAGES=(
  icinga2-bin nagios4-core rabbitmq-server coturn prosody ejabberd kamailio inn2 spamd amavisd-new
  rspamd opendmarc cyrus-imapd sendmail-bin nullmailer dropbear tinc ocserv strongswan-charon
  libreswan xl2tpd pptpd bird2 babeld isc-dhcp-relay dhcpcd-base bacula-fd minidlna icecast2
  shairport-sync transmission-daemon deluged tomcat10 privoxy tinyproxy stubby zabbix-server-pgsql
  sshguard aide apcupsd lirc gdm3 sddm xdm x2goserver spice-vdagent qemu-guest-agent open-vm-tools
  cloud-init docker.io containerd podman openvswitch-switch nftables arno-iptables-firewall
  shorewall ferm miniupnpd tgt drbd-utils glusterfs-server thinkfan tlp laptop-mode-tools
  cpufrequtils tuned rasdaemon kdump-tools atop acct ulogd2 inetutils-syslogd busybox-syslogd
  uptimed nginx-light fwupd udisks2 upower accountsservice colord modemmanager thermald polkitd
  cups-browsed rtkit sane-airscan postfix-policyd-spf-python opensmtpd dovecot-imapd
  exim4-daemon-heavy courier-imap courier-mta mailman3 cockpit-ws pcp bluez-obexd ifplugd
  wide-dhcpv6-client frr nut-client puppet-agent ceph-base sane-utils
  # Batch B, gathered after the batch-A fixes landed (a fresh measure):
  amanda-client arpwatch avahi-dnsconfd bitlbee boinc-client conntrackd conserver-server
  courier-authdaemon darkstat dictd distcc dnsdist elogind fetchmail firewalld freeipmi-bmc-watchdog
  gearman-job-server gpm hylafax-server icecc iodine ircd-hybrid knot-resolver ldirectord lxcfs
  mailgraph miredo mon nis nsca oidentd openbsd-inetd pgbouncer pmacct pure-ftpd radicale redsocks
  rng-tools-debian rwhod sec shellinabox slurmctld slurmd smstools snmptrapd spamass-milter sslh
  stunnel4 sysfsutils tayga trafficserver triggerhappy udhcpd unattended-upgrades vnstat watchdog znc
  zabbix-proxy-sqlite3 zram-tools cgroupfs-mount ddclient mumble-server nbd-server nbd-client ofono
  openipmi pcscd postsrsd ppp rinetd sasl2-bin smokeping usbguard usbmuxd nodm
  # Batch C (mostly units):
  networkd-dispatcher ifupdown2 iwd connman ndppd minissdpd ser2net ladvd prometheus
  prometheus-alertmanager prometheus-blackbox-exporter prometheus-pushgateway netdata-core
  graphite-carbon etcd-server crowdsec waagent hyperv-daemons tigervnc-standalone-server earlyoom
  speech-dispatcher brltty fprintd iio-sensor-proxy power-profiles-daemon switcheroo-control
  geoclue-2.0 packagekit flatpak apt man-db logrotate e2fsprogs util-linux plocate nvme-cli
  tpm2-abrmd rng-tools5 numad linux-cpupower seatd greetd xdg-desktop-portal gnome-settings-daemon
  tracker-miner-fs evolution-data-server gnome-keyring kdeconnect plasma-workspace tripwire
  openssh-client ntp nghttp2-server h2o mini-httpd webfs lighttpd-mod-deflate micro-httpd
  # Batch F (units of databases, storage, monitoring and network daemons):
  ceph-osd ceph-mon ceph-mgr ceph-mds radosgw snapd caddy hitch softflowd dante-server
  shadowsocks-libev v2ray inspircd ngircd minetest-server snapserver snapclient qbittorrent-nox
  beanstalkd nats-server munge collectd-core influxdb firebird3.0-server pgpool2 patroni
  zabbix-agent2 prometheus-mysqld-exporter prometheus-postgres-exporter prometheus-nginx-exporter
  prometheus-snmp-exporter prometheus-process-exporter prometheus-bind-exporter
  prometheus-apache-exporter prometheus-ipmi-exporter prometheus-mongodb-exporter borgmatic snapper
  certbot i2pd yggdrasil jetty9 lxdm usb-modeswitch trousers gssproxy certmonger oddjob realmd bolt
  ipmitool targetcli-fb sympa openafs-fileserver heimdal-kdc nfs-ganesha approx gdnsd nfdump
  fastnetmon repmgr postgresql-15 openarena-server incron fcgiwrap spawn-fcgi php8.2-cli rdnssd
  isc-dhcp-client miniupnpc jool-tools sniproxy openresolv pdns-backend-mysql sanlock lldpad fcoe-utils
  # Batch G (units of storage, virtualisation, desktop and small network daemons):
  arpalert at-spi2-core atftpd clamsmtp cryptsetup ctdb dbus-broker dlm-controld dracut-core
  gnome-remote-desktop iscsiuio knockd krb5-admin-server lvm2-lockd motion ndctl ocfs2-tools
  open-isns-server opensm ovn-central ovn-host pipewire-pulse plymouth policyd-weight portsentry psad
  quota radsecproxy rdma-core spampd srptools systemd-boot systemd-container systemd-homed systemd-oomd
  tuptime uuid-runtime xdg-desktop-portal-gnome xen-utils-common zoneminder
  # Batch H (a small check after the G fixes):
  bandwidthd csync2 fwknop-server gerbera inetutils-inetd ipset-persistent lsyncd mopidy mpdris2
  mpdscribble munin-async powertop squeezelite syslog-ng-core unscd
)
GIT_SOURCES=(
  gripped/artixpkgbuilds artix-linux/initsys jirutka/user-aports openwrt/packages moby/moby
  OpenVPN/openvpn FRRouting/frr Yuego/overlay ercpe/lh-overlay kingjon3377/lovelace-overlay
  Jannis234/jm-overlay
  # Batch B:
  adjust/gentoo-overlay stintel/gentoo-overlay rbkmoney/gentoo-overlay stepping-stone/sst-gentoo-overlay
  linxon/gentoo-overlay menelkir/gentoo-overlay
  # Batch D (overlays) and E (upstream contrib/ and packaging directories):
  Whissi/gentoo-overlay hamarituc/gentoo-overlay laurentb/gentoo-overlay fritteli/gentoo-overlay
  gyakovlev/gentoo-overlay SFTtech/gentoo-overlay
  openssh/openssh-portable net-snmp/net-snmp memcached/memcached proftpd/proftpd haproxy/haproxy
  rsyslog/rsyslog
  # Batch F (an Alpine-style aports tree; upstream trees of units):
  arisudesu/aports flatcar/init coreos/fedora-coreos-config containers/podman
  # Batch G (Yocto layers: upstream units and init scripts of embedded distributions):
  balena-os/meta-balena openembedded/meta-openembedded
)
INIT_PATH='(^|/)(init\.d|conf\.d|initd|confd|initscripts?|openrc|sysvinit|systemd|rc\.d)/[^/]+$|\.(initd|confd|init|rc|openrc)(\.in)?(-r[0-9]+)?$|\.(service|socket|timer|target|path|mount|automount|swap|slice)(\.in)?(-r[0-9]+)?$'
UNIT_RE='.*/systemd/.*\.\(service\|socket\|timer\|target\|path\|mount\|automount\|swap\|slice\|scope\)'

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -rf "$OUT" && mkdir -p "$OUT"

mkdir "$scratch/debs"
for pkg in "${PACKAGES[@]}"; do
  (cd "$scratch/debs" && apt-get download -qq "$pkg" 2>&1 | grep -v 'unsandboxed as root' >&2) || echo "holdout: no $pkg" >&2
done
for deb in "$scratch"/debs/*.deb; do
  pkg=$(basename "$deb" | cut -d_ -f1)
  rm -rf "$scratch/x" && mkdir "$scratch/x" && dpkg-deb -x "$deb" "$scratch/x"
  (cd "$scratch/x" && find . \( -type f -o -type l \) \( -regex "$UNIT_RE" -o -regex '.*/systemd/.*\.d/[^/]*\.conf' \
    -o -path './etc/init.d/*' -o -path './etc/conf.d/*' \) -printf '%P\n') > "$scratch/list"
  [ -s "$scratch/list" ] || continue
  mkdir -p "$OUT/deb+$pkg" && (cd "$scratch/x" && tar -cf - -T "$scratch/list") | tar -xf - -C "$OUT/deb+$pkg"
done

for repo in "${GIT_SOURCES[@]}"; do
  git="$MIRROR/${repo/\//+}/repo" dest="$OUT/${repo/\//+}"
  git -C "$git" rev-parse -q --verify HEAD >/dev/null 2>&1 || { echo "holdout: $repo not in $MIRROR; skipped" >&2; continue; }
  git -C "$git" ls-tree -r --name-only HEAD > "$scratch/all"
  git -C "$git" ls-tree -r HEAD | awk -F'\t' 'substr($1, 1, 6) == "120000" { print $2 }' > "$scratch/links"
  grep -E "$INIT_PATH" "$scratch/all" | sed -E 's|/?[^/]+$||' | sort -u > "$scratch/dirs" || true
  awk 'NR == FNR { d[$0] = 1; next } { p = $0; sub(/\/?[^\/]+$/, "", p); if (p in d) print }' "$scratch/dirs" "$scratch/all" |
    while IFS= read -r path; do
      [ "$(git -C "$git" cat-file -s "HEAD:$path" 2>/dev/null || echo 999999)" -le 262144 ] || continue
      mkdir -p "$dest/$(dirname -- "$path")"
      # A symbolic link (a unit enabled in NAME.target.wants/) is made a link, as a checkout makes it,
      # not a file holding its target's path.
      if grep -qxF -- "$path" "$scratch/links"; then
        ln -sfn -- "$(git -C "$git" cat-file blob "HEAD:$path")" "$dest/$path"
        continue
      fi
      git -C "$git" cat-file blob "HEAD:$path" > "$dest/$path" 2>/dev/null || rm -f "$dest/$path"
      [ -f "$dest/$path" ] && { grep -Iq . "$dest/$path" || rm -f "$dest/$path"; }
    done
  echo "$repo $(git -C "$git" rev-parse HEAD)" >> "$OUT/.git-sources"
done

# Drop what the corpus already holds (same content).
if [ -d .cache/corpus ]; then
  (cd .cache/corpus && find . -type f ! -name '.*' -exec md5sum {} +) | awk '{ print $1 }' | sort -u > "$scratch/seen"
  (cd "$OUT" && find . -type f ! -name '.*' -exec md5sum {} +) | while read -r sum path; do
    if grep -qx "$sum" "$scratch/seen"; then rm -f "$OUT/$path"; fi
  done
fi
echo "holdout: $(find "$OUT" -type f ! -name '.*' | wc -l) files in bench/$OUT"
