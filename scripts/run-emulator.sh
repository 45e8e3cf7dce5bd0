#!/usr/bin/env bash
# Runs the local Stripe emulator (tools/stripe-emulator, a development tool) and creates the product, price,
# coupon and SEO25 in it (npm run stripe:setup, pointed at the emulator). Local runs and tests only.
set -euo pipefail
cd "$(dirname "$0")/.."
export STRIPE_EMULATOR_PORT="${STRIPE_EMULATOR_PORT:-12111}"
node --import tsx tools/stripe-emulator/cli.ts &
EMULATOR=$!
trap 'kill $EMULATOR 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:${STRIPE_EMULATOR_PORT}/__emulator/state" >/dev/null && break
  sleep 0.2
done
STRIPE_SECRET_KEY=sk_test_emulator_local_only STRIPE_API_BASE="http://127.0.0.1:${STRIPE_EMULATOR_PORT}" \
  node --conditions=react-server --import tsx scripts/stripe-setup.ts
wait "$EMULATOR"
