import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startEmulator, type RunningEmulator } from '@/tools/stripe-emulator';

export const WEBHOOK_SECRET = 'whsec_test_emulator_unit';

export type Received = { raw: string; signature: string; event: Stripe.Event | null; error: string | null };

/** A tiny webhook endpoint that verifies each delivery exactly as the app's route does. */
export async function startReceiver(secret = WEBHOOK_SECRET) {
  const verifier = new Stripe('sk_test_receiver', { telemetry: false });
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const signature = String(req.headers['stripe-signature'] ?? '');
      try {
        const event = verifier.webhooks.constructEvent(raw, signature, secret);
        received.push({ raw, signature, event, error: null });
        res.writeHead(200).end('ok');
      } catch (error) {
        received.push({ raw, signature, event: null, error: error instanceof Error ? error.name : 'error' });
        res.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/stripe/webhook`,
    received,
    events: () => received.flatMap((r) => (r.event ? [r.event] : [])),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export function sdk(emu: RunningEmulator, key = 'sk_test_emulator_unit'): Stripe {
  return new Stripe(key, { host: '127.0.0.1', port: emu.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
}

export async function startAll() {
  const receiver = await startReceiver();
  const emu = await startEmulator({ webhookUrl: receiver.url, webhookSecret: WEBHOOK_SECRET });
  return { receiver, emu, stripe: sdk(emu), close: async () => Promise.all([emu.close(), receiver.close()]) };
}

export const PRICE_KEY = 'denialhelp_appeal_letter';
export const SUCCESS_URL = 'https://app.test/appeal/L1/success?session_id={CHECKOUT_SESSION_ID}';

/** Creates product, price, $10 coupon and first-time code SEO25, reusing whatever exists (like scripts/stripe-setup.ts). */
export async function setupCatalog(stripe: Stripe) {
  const product = await stripe.products.retrieve('letter').catch(() => stripe.products.create({ id: 'letter', name: 'Appeal letter' }));
  const [current] = (await stripe.prices.list({ lookup_keys: [PRICE_KEY], active: true, limit: 1 })).data;
  const price =
    current ?? (await stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: 4000, lookup_key: PRICE_KEY, transfer_lookup_key: true }));
  const coupon = await stripe.coupons
    .retrieve('first_letter_10')
    .catch(() => stripe.coupons.create({ id: 'first_letter_10', amount_off: 1000, currency: 'usd', duration: 'once', name: '$10 off' }));
  const [existing] = (await stripe.promotionCodes.list({ code: 'SEO25', active: true, limit: 1 })).data;
  const promo =
    existing ??
    (await stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'SEO25', restrictions: { first_time_transaction: true } }));
  return { product, price, coupon, promo };
}

/** Submits the hosted checkout form the way a browser would, without following the redirect. */
export async function submitPage(url: string, fields: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}
