#!/usr/bin/env bash
# Fails when package-lock.json no longer satisfies `npm ci` (what deploy platforms and CI run): out of sync with
# package.json, or missing a package some platform needs. A dry run in a scratch folder: nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp package.json package-lock.json "$scratch/"
if ! out="$(cd "$scratch" && npm ci --dry-run --ignore-scripts --no-audit --no-fund --loglevel=error 2>&1)"; then
  # npm's usage text follows the reason; keep only the reason lines.
  echo "$out" | grep -E 'EUSAGE|in sync|Missing:|Invalid:|ERESOLVE' | head -n 20 >&2 || echo "$out" | tail -n 20 >&2
  echo "package-lock.json no longer satisfies \`npm ci\`. Regenerate it from scratch, so every platform's optional packages are in it:" >&2
  echo "  rm -rf node_modules package-lock.json && npm install" >&2
  exit 1
fi
echo "lockfile ok: npm ci accepts package-lock.json"
