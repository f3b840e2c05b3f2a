#!/usr/bin/env bash
# Gathers the real corpus for __tests__/corpus.test.ts and `npm run bench`:
# every unit of Debian's systemd package, the units and /etc/init.d scripts of
# a fixed list of Debian server packages, and the init.d/conf.d files of
# Debian's openrc package.
#
# Packages are fetched with `apt-get download` and unpacked with `dpkg-deb -x`
# into a scratch directory: nothing is installed and no maintainer script or
# init script is ever run. Only regular files are kept (symlinks are aliases
# or masks, not content), under their original paths:
#   bench/.cache/corpus/<package>/lib/systemd/system/x.service
#   bench/.cache/corpus/<package>/etc/init.d/x
# The cache is git-ignored. A second run with the same package list only
# prints the counts. Exits non-zero (and leaves no `.complete` marker, so the
# corpus test skips) when a package cannot be fetched.
set -euo pipefail
cd "$(dirname "$0")"

# Changing this list re-gathers the corpus (the marker records it).
PACKAGES=(
  systemd openrc
  openssh-server nginx-common apache2 postfix bind9 isc-dhcp-server rsyslog cron
  ntpsec chrony haproxy redis-server memcached mariadb-server postgresql-common
  samba cups-daemon avahi-daemon dnsmasq squid openvpn nfs-kernel-server nfs-common
  smartmontools lm-sensors fancontrol apparmor dbus udev exim4-base dovecot-core
  lighttpd tor fail2ban sysstat initscripts procps
)

CACHE=.cache/corpus
MARKER=$CACHE/.complete
WANT="$(printf '%s\n' "${PACKAGES[@]}")"

counts() {
  local units scripts confs
  units=$(find "$CACHE" -mindepth 2 -type f \( -path '*/systemd/*' \) ! -path '*/.debs/*' | wc -l)
  scripts=$(find "$CACHE" -mindepth 2 -type f -path '*/etc/init.d/*' | wc -l)
  confs=$(find "$CACHE" -mindepth 2 -type f -path '*/etc/conf.d/*' | wc -l)
  echo "corpus: ${#PACKAGES[@]} packages, $units systemd files (units and drop-ins), $scripts init.d scripts, $confs conf.d files in bench/$CACHE"
}

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$WANT" ]; then
  counts
  exit 0
fi

command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 \
  || { echo "corpus: apt-get and dpkg-deb are needed (Debian or Ubuntu)" >&2; exit 1; }

rm -rf "$CACHE"
mkdir -p "$CACHE/.debs"
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
  download "${PACKAGES[@]}" || { echo "corpus: could not download the packages" >&2; exit 1; }
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for pkg in "${PACKAGES[@]}"; do
  deb=$(ls "$debs/${pkg}_"*.deb 2>/dev/null | head -1)
  [ -n "$deb" ] || { echo "corpus: no .deb for $pkg" >&2; exit 1; }
  rm -rf "$scratch/x" && mkdir "$scratch/x"
  dpkg-deb -x "$deb" "$scratch/x"
  # Units and drop-ins anywhere under a systemd directory, init.d scripts,
  # and (for openrc) conf.d files. Regular files only.
  (cd "$scratch/x" && find . -type f \( \
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
counts
