/**
 * Runs the local Stripe emulator as a process, for local runs and browser tests only (a development tool:
 * the app knows only STRIPE_API_BASE, pointed here by scripts/start-local.sh and the tests).
 * Its own settings: STRIPE_EMULATOR_PORT (12111), STRIPE_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET, STRIPE_EMULATOR_PUBLIC_URL.
 */
import { DEFAULT_WEBHOOK_SECRET, startEmulator } from './index';

const settings = process.env;
const port = Number(settings.STRIPE_EMULATOR_PORT || 12111);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`stripe-emulator: STRIPE_EMULATOR_PORT must be a port number, got "${settings.STRIPE_EMULATOR_PORT}"`);
  process.exit(2);
}

const emulator = await startEmulator({
  port,
  webhookUrl: settings.STRIPE_WEBHOOK_URL || 'http://127.0.0.1:3000/api/stripe/webhook',
  webhookSecret: settings.STRIPE_WEBHOOK_SECRET || DEFAULT_WEBHOOK_SECRET,
  publicUrl: settings.STRIPE_EMULATOR_PUBLIC_URL || undefined,
});
console.log(`Stripe emulator listening at ${emulator.url} (webhooks → ${emulator.config.webhookUrl})`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`Stripe emulator stopping (${signal})`);
  await emulator.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
