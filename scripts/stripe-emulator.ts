/**
 * Runs the local Stripe emulator (lib/stripe-emulator) as a process, for local runs and browser tests only.
 * Env: STRIPE_EMULATOR_PORT (12111), STRIPE_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET, STRIPE_EMULATOR_PUBLIC_URL.
 */
import { DEFAULT_WEBHOOK_SECRET, startEmulator } from '../lib/stripe-emulator';

const port = Number(process.env.STRIPE_EMULATOR_PORT || 12111);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`stripe-emulator: STRIPE_EMULATOR_PORT must be a port number, got "${process.env.STRIPE_EMULATOR_PORT}"`);
  process.exit(2);
}

const emulator = await startEmulator({
  port,
  webhookUrl: process.env.STRIPE_WEBHOOK_URL || 'http://127.0.0.1:3000/api/stripe/webhook',
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || DEFAULT_WEBHOOK_SECRET,
  publicUrl: process.env.STRIPE_EMULATOR_PUBLIC_URL || undefined,
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
