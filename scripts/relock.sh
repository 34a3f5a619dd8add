#!/usr/bin/env bash
# Regenerates package-lock.json from package.json so that it is whole: every platform's optional
# native bindings (@esbuild/*, @unrs/resolver-binding-*, @parcel/watcher-*, fsevents …) are
# listed, and `npm ci` installs it on Linux, macOS and Windows.
#
#   bash scripts/relock.sh           keep the versions the lockfile pins, add what is missing
#   bash scripts/relock.sh --fresh   resolve every version again from package.json
#
# npm leaves out the bindings of other platforms when it updates a lockfile next to an installed
# node_modules; resolving in an empty folder with --package-lock-only lists them all. A lockfile
# with merge conflict markers is fine: npm resolves them itself.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=0
case "${1:-}" in
  --fresh) fresh=1 ;;
  "") ;;
  *) echo "usage: bash scripts/relock.sh [--fresh]" >&2; exit 2 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json "$tmp/"
if [ "$fresh" = 0 ] && [ -f package-lock.json ]; then cp package-lock.json "$tmp/"; fi
(cd "$tmp" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
cp "$tmp/package-lock.json" package-lock.json

# The check CI makes: package.json and the lockfile agree, whatever the platform.
npm ci --dry-run --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
echo "package-lock.json: $(grep -c '"integrity":' package-lock.json) packages; run npm ci to install them"
