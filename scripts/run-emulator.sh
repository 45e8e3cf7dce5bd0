#!/usr/bin/env bash
# Runs the local Stripe emulator and creates the product, price, coupon and SEO25 in it (npm run stripe:setup).
# Local runs and tests only: the app uses it only when PAYMENTS=emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
export STRIPE_EMULATOR_PORT="${STRIPE_EMULATOR_PORT:-12111}"
export PAYMENTS=emulator STRIPE_EMULATOR_URL="http://127.0.0.1:${STRIPE_EMULATOR_PORT}"
node --import tsx scripts/stripe-emulator.ts &
EMULATOR=$!
trap 'kill $EMULATOR 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:${STRIPE_EMULATOR_PORT}/__emulator/state" >/dev/null && break
  sleep 0.2
done
node --import tsx scripts/stripe-setup.ts
wait "$EMULATOR"
