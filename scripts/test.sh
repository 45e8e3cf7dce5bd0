#!/usr/bin/env bash
# `npm test`: the lockfile check, type-check, lint, formatting, unit tests, a production build, then the browser tests
# (with the two-server test: two `next start` on one PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Canonical URLs are baked into static pages at build time; the browser tests check them.
export SITE_URL="${SITE_URL:-https://denialhelp.example}"
[ -d node_modules ] || npm ci --no-audit --no-fund
echo "== lockfile"; bash scripts/check-lockfile.sh
bash scripts/ensure-chromium.sh
# The storage tests run against SQLite and a local PostgreSQL.
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-$(bash scripts/ensure-postgres.sh)}"
echo "== typecheck";  npx tsc --noEmit -p .
echo "== lint";       npx eslint --max-warnings=0 .
echo "== format";     npx prettier --check .
echo "== unit";       npx vitest run
# Some guides are left to render on first request, so the tests see that path (and the shared cache) too.
echo "== build";      PRERENDER_LIMIT="${PRERENDER_LIMIT:-24}" npm run -s build
echo "== e2e";        npx playwright test
