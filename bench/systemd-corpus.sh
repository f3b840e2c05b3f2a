#!/usr/bin/env bash
# Extracts systemd's own unit files — its units/ folder, the units under test/
# and the fuzz corpus of the unit-file parser (test/fuzz/fuzz-unit-file/) —
# from a local git mirror of systemd into the git-ignored cache
#   bench/.cache/systemd-corpus/{units,test,fuzz}/…
# for __tests__/systemd/verify-corpus.test.ts and bench/verify-parity.md.
# The mirror is a bare git directory (e.g. the one `fetch github:bernaferrari/systemd`
# leaves under /work/.mirror/); set SYSTEMD_GIT to point at another one and
# SYSTEMD_REF to pick a tag (default: the mirror's HEAD). Without a mirror it
# prints a notice and exits 0: the tests that need the cache skip.
set -euo pipefail
cd "$(dirname "$0")"
git_dir=${SYSTEMD_GIT:-/work/.mirror/bernaferrari+systemd/repo}
ref=${SYSTEMD_REF:-HEAD}
out=.cache/systemd-corpus
if ! git --git-dir="$git_dir" rev-parse --verify -q "$ref^{commit}" >/dev/null 2>&1; then
  echo "systemd-corpus: no systemd mirror at $git_dir (set SYSTEMD_GIT); skipped" >&2
  exit 0
fi
commit=$(git --git-dir="$git_dir" rev-parse "$ref^{commit}")
if [ -f "$out/.complete" ] && [ "$(cat "$out/.complete")" = "$commit" ]; then
  echo "systemd-corpus: up to date ($commit)"
  exit 0
fi
rm -rf "$out" && mkdir -p "$out"
unit_re='\.(service|socket|timer|target|path|mount|automount|swap|slice|scope|device)(\.in)?$'
# Only blobs are read (git cat-file), never checked out or run.
git --git-dir="$git_dir" ls-tree -r --name-only "$commit" -- units test | while IFS= read -r path; do
  case "$path" in
    units/*) dest=units/${path#units/} ;;
    test/fuzz/fuzz-unit-file/*) dest=fuzz/${path#test/fuzz/fuzz-unit-file/} ;;
    test/*) [[ "$path" =~ $unit_re ]] || continue; dest=test/${path#test/} ;;
    *) continue ;;
  esac
  mkdir -p "$out/$(dirname "$dest")"
  git --git-dir="$git_dir" cat-file blob "$commit:$path" > "$out/$dest" 2>/dev/null || rm -f "$out/$dest"
done
echo "$commit" > "$out/.complete"
echo "systemd-corpus: $(find "$out/units" -type f | wc -l) units/, $(find "$out/test" -type f | wc -l) test/, $(find "$out/fuzz" -type f | wc -l) fuzz files from $commit"
