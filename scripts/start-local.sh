#!/usr/bin/env bash
# `npm run start:local`: builds and serves the site on its embedded defaults: SQLite in ./data, and payments
# through the local Stripe emulator (the app is only told its address, a test key and its signing secret).
# Listens on 127.0.0.1 only; set HOST=0.0.0.0 to let other machines reach it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
HOST="${HOST:-127.0.0.1}"
export PORT="${PORT:-3000}"
export STRIPE_EMULATOR_PORT="${STRIPE_EMULATOR_PORT:-12111}"
export STRIPE_WEBHOOK_URL="http://127.0.0.1:${PORT}/api/stripe/webhook"
export STRIPE_API_BASE="http://127.0.0.1:${STRIPE_EMULATOR_PORT}"
export STRIPE_SECRET_KEY="${STRIPE_SECRET_KEY:-sk_test_emulator_local_only}"
export STRIPE_WEBHOOK_SECRET="${STRIPE_WEBHOOK_SECRET:-whsec_emulator_local_only}"
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s build
bash scripts/run-emulator.sh &
EMULATOR=$!
trap 'kill $EMULATOR 2>/dev/null' EXIT INT TERM
echo "DenialHelp is at http://localhost:${PORT} (payments: local Stripe emulator at ${STRIPE_API_BASE})"
npx next start -H "${HOST}" -p "${PORT}"
