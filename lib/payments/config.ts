import Stripe from 'stripe';
import { z } from 'zod';

/** Payment settings, checked once with a schema. The emulator is only ever used when explicitly chosen. */
const envSchema = z.object({
  PAYMENTS: z.enum(['stripe', 'emulator']).default('stripe'),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_/, { error: 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)' }).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_EMULATOR_URL: z
    .url()
    .refine((u) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(u).hostname), { error: 'STRIPE_EMULATOR_URL must be on this machine (loopback)' })
    .default('http://127.0.0.1:12111'),
});

export type PaymentsConfig =
  | { mode: 'stripe' | 'emulator'; stripe: Stripe; webhookSecret: string | undefined }
  | { mode: 'off'; problem: string };

export const EMULATOR_KEY = 'sk_test_emulator_local_only';
export const EMULATOR_WEBHOOK_SECRET = 'whsec_emulator_local_only';

export function paymentsConfig(env: Record<string, string | undefined> = process.env): PaymentsConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { mode: 'off', problem: z.prettifyError(parsed.error) };
  const e = parsed.data;
  if (e.PAYMENTS === 'emulator') {
    const url = new URL(e.STRIPE_EMULATOR_URL);
    // http is only acceptable because the emulator is on loopback; real Stripe is always https.
    const stripe = new Stripe(e.STRIPE_SECRET_KEY ?? EMULATOR_KEY, { host: url.hostname, port: Number(url.port || 80), protocol: 'http', maxNetworkRetries: 0, telemetry: false });
    return { mode: 'emulator', stripe, webhookSecret: e.STRIPE_WEBHOOK_SECRET ?? EMULATOR_WEBHOOK_SECRET };
  }
  if (!e.STRIPE_SECRET_KEY) return { mode: 'off', problem: 'STRIPE_SECRET_KEY is not set (or set PAYMENTS=emulator for a local run)' };
  return { mode: 'stripe', stripe: new Stripe(e.STRIPE_SECRET_KEY, { maxNetworkRetries: 2 }), webhookSecret: e.STRIPE_WEBHOOK_SECRET };
}

let shared: PaymentsConfig | undefined;
export function getPayments(): PaymentsConfig {
  shared ??= paymentsConfig();
  return shared;
}

export const PRICE_LOOKUP_KEY = 'denialhelp_appeal_letter';
