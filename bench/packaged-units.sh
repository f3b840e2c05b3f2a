#!/usr/bin/env bash
# Extracts the unit files that distributions' packaging and upstream projects
# carry — Gentoo overlays (Gentoo's GURU, CoreOS/Flatcar's overlay, gentoo-zh,
# and the overlays of bench/corpus.sh), Alpine/postmarketOS's pmaports, and
# upstream repositories that ship units — from the local git mirrors that
# `fetch` leaves under /work/.mirror (or $INITLINT_MIRROR) into the git-ignored
#   bench/.cache/packaged-units/<owner+name>/<path in the repository>
# for __tests__/systemd/verify-corpus.test.ts (group `packaged`) and
# bench/verify-parity.md. Only blobs are read (git cat-file): nothing is checked
# out or run. A repository missing from the mirror is skipped with a notice.
set -euo pipefail
cd "$(dirname "$0")"
mirror=${INITLINT_MIRROR:-/work/.mirror}
out=.cache/packaged-units
REPOS=(
  gentoo/guru coreos/coreos-overlay microcai/gentoo-zh
  srcshelton/gentoo-ebuilds srcshelton/gentoo-container-ebuilds thehaven/haven-overlay funtoo/kit-fixups
  Tatsh/tatsh-overlay Universebenzene/benzene-overlay stefantalpalaru/gentoo-overlay tokiclover/bar-overlay
  jorgicio/jorgicio-gentoo-overlay external-mirrors/pmaports
  openzfs/zfs networkupstools/nut lathiat/avahi syncthing/syncthing MusicPlayerDaemon/MPD syslog-ng/syslog-ng
  acassen/keepalived
)
unit_re='\.(service|socket|timer|target|path|mount|automount|swap|slice)(\.in)?$'
rm -rf "$out" && mkdir -p "$out"
for repo in "${REPOS[@]}"; do
  git_dir="$mirror/${repo/\//+}/repo"
  if ! git --git-dir="$git_dir" rev-parse --verify -q 'HEAD^{commit}' >/dev/null 2>&1; then
    echo "packaged-units: $repo is not in $mirror (fetch github:$repo); skipped" >&2
    continue
  fi
  commit=$(git --git-dir="$git_dir" rev-parse 'HEAD^{commit}')
  echo "$repo $commit" >> "$out/.sources"
  git --git-dir="$git_dir" ls-tree -r --name-only "$commit" | grep -E "$unit_re" | while IFS= read -r path; do
    dest="$out/${repo/\//+}/$path"
    mkdir -p "$(dirname "$dest")"
    # Symbolic links (mode 120000) are left out: they are aliases, not units of their own.
    [ "$(git --git-dir="$git_dir" ls-tree "$commit" -- "$path" | cut -c1-6)" = 120000 ] && continue
    git --git-dir="$git_dir" cat-file blob "$commit:$path" > "$dest" 2>/dev/null || rm -f "$dest"
  done
done
touch "$out/.complete"
echo "packaged-units: $(find "$out" -type f ! -name '.*' | wc -l) unit files from $(wc -l < "$out/.sources") repositories"
