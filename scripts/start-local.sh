#!/usr/bin/env bash
# `npm run start:local`: builds and serves the site on its embedded defaults (no keys, no external services).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s build
echo "DenialHelp is at http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
