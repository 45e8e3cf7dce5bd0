#!/usr/bin/env bash
# `npm run start:local`: builds and serves the site on its embedded defaults: SQLite in ./data, and payments
# through the local Stripe emulator (opted in here with PAYMENTS=emulator; no keys, no internet).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PORT="${PORT:-3000}"
export PAYMENTS=emulator STRIPE_EMULATOR_PORT="${STRIPE_EMULATOR_PORT:-12111}"
export STRIPE_EMULATOR_URL="http://127.0.0.1:${STRIPE_EMULATOR_PORT}"
export STRIPE_WEBHOOK_URL="http://127.0.0.1:${PORT}/api/stripe/webhook"
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s build
bash scripts/run-emulator.sh &
EMULATOR=$!
trap 'kill $EMULATOR 2>/dev/null' EXIT INT TERM
echo "DenialHelp is at http://localhost:${PORT} (payments: local Stripe emulator at ${STRIPE_EMULATOR_URL})"
npx next start -p "${PORT}"
