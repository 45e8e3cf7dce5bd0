import 'server-only';
import Stripe from 'stripe';
import { env } from '@/lib/env';

/**
 * The Stripe client. Payments know one address, STRIPE_API_BASE: Stripe's own by default, or a local stand-in
 * (the tests' emulator), which the env schema accepts over http only on loopback.
 */
export { STRIPE_API } from './checkout-origin';
import { STRIPE_API } from './checkout-origin';

export type PaymentsConfig = { ok: true; stripe: Stripe; webhookSecret: string | undefined } | { ok: false; problem: string };

export function stripeClient(key: string, apiBase = STRIPE_API): Stripe {
  if (apiBase === STRIPE_API) return new Stripe(key, { maxNetworkRetries: 2 });
  const u = new URL(apiBase);
  const http = u.protocol === 'http:';
  return new Stripe(key, {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || (http ? 80 : 443)),
    protocol: http ? 'http' : 'https',
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

export function paymentsConfig(e = env()): PaymentsConfig {
  if (!e.STRIPE_SECRET_KEY) return { ok: false, problem: 'STRIPE_SECRET_KEY is not set' };
  return { ok: true, stripe: stripeClient(e.STRIPE_SECRET_KEY, e.STRIPE_API_BASE), webhookSecret: e.STRIPE_WEBHOOK_SECRET };
}

let shared: PaymentsConfig | undefined;
export function getPayments(): PaymentsConfig {
  shared ??= paymentsConfig();
  return shared;
}

export const PRICE_LOOKUP_KEY = 'denialhelp_appeal_letter';
