#!/usr/bin/env bash
# Gathers the real corpus for __tests__/corpus.test.ts and `npm run bench`:
# 1. every unit of Debian's systemd package and the units (system and user)
#    and /etc/init.d scripts of a fixed list of Debian packages;
# 2. init files from upstream repositories and Gentoo-style overlays (OpenRC
#    scripts, conf.d files, units, `.in` templates) that the `fetch` tool
#    brought into the mirror (default /work/.mirror, or $INITLINT_MIRROR):
#    a source that is not in the mirror is skipped with a notice.
#
# Left out on purpose, because precision is measured on them independently:
# Debian's openrc and fail2ban packages, and the repositories gentoo/guru,
# microcai/gentoo-zh, geaaru/geaaru_overlay, SpiderX/portage-overlay,
# pentoo/pentoo-overlay, msva/mva-overlay, rion-overlay, coreos/coreos-overlay,
# OpenRC/openrc, ossec/ossec-hids, collectd/collectd, fail2ban/fail2ban.
#
# Packages are fetched with `apt-get download` and unpacked with `dpkg-deb -x`
# into a scratch directory: nothing is installed and no maintainer script or
# init script is ever run. Files are kept under their original paths, and so
# are the package's symbolic links among them (aliases, `*.wants/` links that
# start a unit at boot, masks to /dev/null) — the corpus test shows links to
# cross-file rules without linting the same file twice:
#   bench/.cache/corpus/<package>/lib/systemd/system/x.service
#   bench/.cache/corpus/<package>/etc/init.d/x
# The cache is git-ignored. A second run with the same package list only
# prints the counts. Exits non-zero (and leaves no `.complete` marker, so the
# corpus test skips) when a package cannot be fetched.
set -euo pipefail
cd "$(dirname "$0")"

# Changing this list re-gathers the Debian part (the marker records it).
PACKAGES=(
  systemd
  openssh-server nginx-common apache2 postfix bind9 isc-dhcp-server rsyslog cron
  ntpsec chrony haproxy redis-server memcached mariadb-server postgresql-common
  samba cups-daemon avahi-daemon dnsmasq squid openvpn nfs-kernel-server nfs-common
  smartmontools lm-sensors fancontrol apparmor dbus udev exim4-base dovecot-core
  lighttpd tor sysstat initscripts procps
  nut-server keepalived snmpd slapd rpcbind xinetd at anacron acpid autofs
  munin-node nagios-nrpe-server zabbix-agent prometheus-node-exporter lxc
  libvirt-daemon-system tftpd-hpa vsftpd proftpd-core clamav-daemon
  clamav-freshclam opendkim postgrey nscd nslcd sssd-common winbind krb5-kdc
  freeradius hostapd wpasupplicant network-manager bluez ifupdown
  netfilter-persistent ufw uwsgi php8.2-fpm supervisor monit irqbalance mdadm
  lvm2 multipath-tools open-iscsi corosync pacemaker haveged kexec-tools
  console-setup alsa-utils pulseaudio pipewire wireplumber gpg-agent
  dbus-user-session gvfs-daemons syncthing mpd redis-sentinel mosquitto rsync
  x11-common lightdm xrdp wireguard-tools strongswan-starter unbound knot
  pdns-server pdns-recursor nsd radvd kea-dhcp4-server openntpd linuxptp gpsd
  lldpd auditd varnish apt-cacher-ng
)

# Repositories brought with the `fetch` tool (owner/name), read from the
# mirror's git directory at its HEAD; never committed. Gentoo-style overlays
# and upstream daemons' repositories, each under 500 MB.
GIT_SOURCES=(
  funtoo/kit-fixups srcshelton/gentoo-ebuilds srcshelton/gentoo-container-ebuilds
  thehaven/haven-overlay sjnewbury/multilib-overlay stefantalpalaru/gentoo-overlay
  Tatsh/tatsh-overlay tokiclover/bar-overlay jorgicio/jorgicio-gentoo-overlay
  mtudan/meta-openrc arch-openrc/arch-openrc hahaool/openrc-services
  external-mirrors/pmaports
  openzfs/zfs lathiat/avahi syslog-ng/syslog-ng acassen/keepalived
  MusicPlayerDaemon/MPD syncthing/syncthing networkupstools/nut
)
MIRROR=${INITLINT_MIRROR:-/work/.mirror}

CACHE=.cache/corpus
MARKER=$CACHE/.complete
# Bump the layout line when what is kept changes, to re-gather.
WANT="$(printf '%s\n' 'layout 3: files and links, Debian and git sources' "${PACKAGES[@]}")"

counts() {
  local units scripts confs links sources
  units=$(find "$CACHE" -mindepth 2 -type f \( -path '*/systemd/*' \) ! -path '*/.debs/*' | wc -l)
  links=$(find "$CACHE" -mindepth 2 -type l | wc -l)
  scripts=$(find "$CACHE" -mindepth 2 -type f -path '*/etc/init.d/*' | wc -l)
  confs=$(find "$CACHE" -mindepth 2 -type f -path '*/etc/conf.d/*' | wc -l)
  sources=$(grep -c . "$CACHE/.git-sources" 2>/dev/null) || true
  echo "corpus: ${#PACKAGES[@]} Debian packages ($units systemd files, $scripts init.d scripts, $confs conf.d files, $links symbolic links); ${sources:-0} git sources; in bench/$CACHE"
}

# --- 1. Debian packages -------------------------------------------------------
debian() {
  command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 \
    || { echo "corpus: apt-get and dpkg-deb are needed (Debian or Ubuntu)" >&2; return 1; }
  rm -rf "$CACHE"
  mkdir -p "$CACHE/.debs"
  local debs
  debs="$(cd "$CACHE/.debs" && pwd)"
  download() {
    # apt warns when it runs unsandboxed as root; the download itself is fine.
    local log status=0
    log=$(cd "$debs" && apt-get download -qq "$@" 2>&1) || status=$?
    printf '%s\n' "$log" | grep -v -e 'unsandboxed as root' -e '^$' >&2 || true
    return $status
  }
  if ! download "${PACKAGES[@]}"; then
    # Fresh containers often have no package lists yet.
    echo "corpus: apt-get download failed; running apt-get update and retrying" >&2
    apt-get update -qq >&2 || true
    download "${PACKAGES[@]}" || { echo "corpus: could not download the packages" >&2; return 1; }
  fi
  local pkg deb
  for pkg in "${PACKAGES[@]}"; do
    deb=$(ls "$debs/${pkg}_"*.deb 2>/dev/null | head -1)
    [ -n "$deb" ] || { echo "corpus: no .deb for $pkg" >&2; return 1; }
    rm -rf "$scratch/x" && mkdir "$scratch/x"
    dpkg-deb -x "$deb" "$scratch/x"
    # Units and drop-ins anywhere under a systemd directory (system and user
    # units), init.d scripts, and conf.d files: regular files and symbolic links.
    (cd "$scratch/x" && find . \( -type f -o -type l \) \( \
        -regex '.*/systemd/.*\.\(service\|socket\|timer\|target\|path\|mount\|automount\|swap\|slice\|scope\)' \
        -o -regex '.*/systemd/.*\.\(service\|socket\|timer\|target\|path\|mount\|automount\|swap\|slice\|scope\)\.d/[^/]*\.conf' \
        -o -path './etc/init.d/*' -o -path './etc/conf.d/*' \) -printf '%P\n') \
      | sort > "$scratch/list"
    if [ -s "$scratch/list" ]; then
      mkdir -p "$CACHE/$pkg"
      (cd "$scratch/x" && tar -cf - -T "$scratch/list") | tar -xf - -C "$CACHE/$pkg"
    fi
  done
  # Keep the .deb files' names (versions) for the report; drop the archives.
  ls "$debs" | sed 's/\.deb$//' | sort > "$CACHE/.versions"
  rm -rf "$debs"
  printf '%s\n' "$WANT" > "$MARKER"
}

# --- 2. git sources from the fetch mirror --------------------------------------
# A path that names an init file or template by itself: OpenRC/SysV scripts and
# conf.d files under packaging names (`x.initd`, `x.initd-r1`, `x.confd`,
# `x.init.in`, `x.rc`), units with `.in`/`-rN`/Gentoo `_at` spellings, and
# anything in an init.d/conf.d/initscript(s)/openrc/systemd directory.
INIT_PATH='(^|/)(init\.d|conf\.d|initd|confd|initscripts?|openrc|sysvinit|systemd|rc\.d)/[^/]+$|\.(initd|confd|init|rc|openrc)(\.in)?(-r[0-9]+)?$|\.(service|socket|timer|target|path|mount|automount|swap|slice)(\.in)?(-r[0-9]+)?$'
MAX_BLOB=262144      # bytes: larger files are not init files
MAX_PER_SOURCE=4000  # files kept from one repository

# Keeps every file of each directory that holds an init file, so a source is
# linted the way its repository would be (patches, specs, Makefiles and
# helpers next to the scripts test classification), never the whole tree.
git_source() {
  local repo=$1 git dest commit
  git="$MIRROR/${repo/\//+}/repo"
  dest="$CACHE/${repo/\//+}"
  if ! git -C "$git" rev-parse -q --verify HEAD >/dev/null 2>&1; then
    echo "corpus: $repo is not in the fetch mirror ($MIRROR); skipped (bring it with the fetch tool)" >&2
    rm -rf "$dest"
    return 0
  fi
  commit=$(git -C "$git" rev-parse HEAD)
  if [ -f "$dest/.commit" ] && [ "$(cat "$dest/.commit")" = "$commit" ]; then return 0; fi
  rm -rf "$dest" && mkdir -p "$dest"
  # Regular files (not links, not submodules) that the snapshot holds (it
  # lacks its largest blobs) and that are small enough to be init files.
  git -C "$git" ls-tree -r -z HEAD | tr '\0' '\n' \
    | awk -F '\t' '{ split($1, m, " "); if (m[1] ~ /^100/) print m[3] " " $2 }' \
    | git -C "$git" cat-file --batch-check='%(objectsize) %(rest)' \
    | awk -v max="$MAX_BLOB" '$2 != "missing" && $1 <= max { sub(/^[0-9]+ /, ""); print }' > "$scratch/blobs"
  grep -E "$INIT_PATH" "$scratch/blobs" | sed -E 's|/?[^/]+$||' | sort -u > "$scratch/dirs" || true
  awk 'NR == FNR { dirs[$0] = 1; next } { d = $0; sub(/\/?[^\/]+$/, "", d); if (d in dirs) print }' \
    "$scratch/dirs" "$scratch/blobs" | head -n "$MAX_PER_SOURCE" > "$scratch/keep"
  local path
  while IFS= read -r path; do
    mkdir -p "$dest/$(dirname -- "$path")"
    git -C "$git" cat-file blob "HEAD:$path" > "$dest/$path"
    # Binary files are not init files; the corpus keeps text only.
    grep -Iq . "$dest/$path" || rm -f "$dest/$path"
  done < "$scratch/keep"
  printf '%s\n' "$commit" > "$dest/.commit"
}

git_sources() {
  command -v git >/dev/null 2>&1 || { echo "corpus: git is needed for the git sources; skipped" >&2; return 0; }
  local repo dest n
  : > "$CACHE/.git-sources.new"
  for repo in "${GIT_SOURCES[@]}"; do
    git_source "$repo"
    dest="$CACHE/${repo/\//+}"
    [ -f "$dest/.commit" ] || continue
    n=$(find "$dest" -type f ! -name .commit | wc -l)
    printf '%s %s %s\n' "$repo" "$(cat "$dest/.commit")" "$n" >> "$CACHE/.git-sources.new"
  done
  mv "$CACHE/.git-sources.new" "$CACHE/.git-sources"
}

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if ! { [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$WANT" ]; }; then
  debian || exit 1
fi
git_sources
counts
