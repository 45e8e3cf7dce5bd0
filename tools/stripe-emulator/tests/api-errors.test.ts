import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIOR_TRANSACTIONS } from '@/tools/stripe-emulator';
import { SUCCESS_URL, sdk, setupCatalog, startAll, submitPage } from './helpers';

let ctx: Awaited<ReturnType<typeof startAll>>;
let catalog: Awaited<ReturnType<typeof setupCatalog>>;

beforeAll(async () => {
  ctx = await startAll();
  catalog = await setupCatalog(ctx.stripe);
});
afterAll(async () => {
  await ctx.close();
});

const base = () => ({ mode: 'payment' as const, line_items: [{ price: catalog.price.id, quantity: 1 }], success_url: SUCCESS_URL });

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Stripe.errors.StripeError);
  return error as Stripe.errors.StripeError;
}

describe('Stripe errors through the SDK', () => {
  it('rejects allow_promotion_codes together with discounts, even when the flag is false', async () => {
    for (const allow of [true, false]) {
      const error = await rejection(
        ctx.stripe.checkout.sessions.create({ ...base(), allow_promotion_codes: allow, discounts: [{ promotion_code: catalog.promo.id }] }),
      );
      expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(error.statusCode).toBe(400);
      expect(error.message).toBe('You may only specify one of these parameters: allow_promotion_codes, discounts.');
    }
  });

  it('answers an unknown session with 404 resource_missing', async () => {
    const error = await rejection(ctx.stripe.checkout.sessions.retrieve('cs_test_nope'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', message: "No such checkout.session: 'cs_test_nope'" });
  });

  it('answers 401 without a key, and refuses live keys', async () => {
    const res = await fetch(`${ctx.emu.url}/v1/customers`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toMatch(/^You did not provide an API key/);
    // A made-up live-mode key, assembled so secret scanners don't mistake it for a real one.
    const liveKey = ['sk', 'live', 'not-a-real-key'].join('_');
    const error = await rejection(sdk(ctx.emu, liveKey).customers.list());
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('rejects customer with customer_email, and expires_at outside 30 min–24 h', async () => {
    const customer = await ctx.stripe.customers.create({ email: 'x@example.com' });
    const both = await rejection(ctx.stripe.checkout.sessions.create({ ...base(), customer: customer.id, customer_email: 'x@example.com' }));
    expect(both.message).toBe('You may only specify one of these parameters: customer, customer_email.');
    const now = Math.floor(Date.now() / 1000);
    const soon = await rejection(ctx.stripe.checkout.sessions.create({ ...base(), expires_at: now + 60 }));
    expect(soon.param).toBe('expires_at');
    const late = await rejection(ctx.stripe.checkout.sessions.create({ ...base(), expires_at: now + 25 * 3600 }));
    expect(late.param).toBe('expires_at');
    const ok = await ctx.stripe.checkout.sessions.create({ ...base(), expires_at: now + 3600 });
    expect(ok.expires_at).toBe(now + 3600);
  });

  it('reusing an Idempotency-Key with other parameters is an idempotency error', async () => {
    await ctx.stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'key-1' });
    const error = await rejection(ctx.stripe.customers.create({ email: 'b@example.com' }, { idempotencyKey: 'key-1' }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('rejects duplicate coupons and active codes (case-insensitive), bad characters and the removed top-level coupon', async () => {
    const dup = await rejection(ctx.stripe.coupons.create({ id: catalog.coupon.id, amount_off: 500, currency: 'usd', duration: 'once' }));
    expect(dup).toMatchObject({ code: 'resource_already_exists', statusCode: 400 });
    const code = await rejection(ctx.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: catalog.coupon.id }, code: 'seo25' }));
    expect(code.code).toBe('resource_already_exists');
    const chars = await rejection(ctx.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: catalog.coupon.id }, code: 'NO SPACES' }));
    expect(chars.param).toBe('code');
    const legacy = await rejection(ctx.stripe.promotionCodes.create({ coupon: catalog.coupon.id, code: 'OLD' } as unknown as Stripe.PromotionCodeCreateParams));
    expect(legacy).toMatchObject({ code: 'parameter_unknown', message: 'Received unknown parameter: coupon' });
    const missing = await rejection(ctx.stripe.coupons.retrieve('nope'));
    expect(missing.statusCode).toBe(404);
  });

  it('accepts inline price_data and reports unmodelled parameters instead of ignoring them', async () => {
    const inline = await ctx.stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ quantity: 2, price_data: { currency: 'usd', unit_amount: 4000, product_data: { name: 'Inline letter' } } }],
      success_url: SUCCESS_URL,
    });
    expect(inline).toMatchObject({ amount_subtotal: 8000, amount_total: 8000, currency: 'usd' });
    const items = await ctx.stripe.checkout.sessions.listLineItems(inline.id);
    expect(items.data[0]).toMatchObject({ description: 'Inline letter', quantity: 2, amount_total: 8000 });
    const sub = await rejection(ctx.stripe.checkout.sessions.create({ ...base(), mode: 'subscription' }));
    expect(sub.message).toMatch(/does not model/);
  });
});

describe('first-time codes and session lifecycle', () => {
  it('refuses a pre-applied first-time code for a returning customer at creation, and a guest session on the page', async () => {
    const customer = await ctx.stripe.customers.create({ email: 'returning@example.com' });
    const firstSession = await ctx.stripe.checkout.sessions.create({ ...base(), customer: customer.id, discounts: [{ promotion_code: catalog.promo.id }] });
    expect(firstSession.amount_total).toBe(3000);
    expect((await submitPage(firstSession.url as string, { payment_method: 'card' })).status).toBe(303);
    const error = await rejection(ctx.stripe.checkout.sessions.create({ ...base(), customer: customer.id, discounts: [{ promotion_code: catalog.promo.id }] }));
    expect(error.message).toBe(PRIOR_TRANSACTIONS);

    const guest = await ctx.stripe.checkout.sessions.create({ ...base(), allow_promotion_codes: true });
    const res = await submitPage(guest.url as string, { email: 'guest@example.com', promotion_code: 'SEO25', payment_method: 'card' });
    expect(res.html).toContain('This code is invalid.');
    expect(res.html).toMatch(/id="email"[^>]*value="guest@example.com"/);
  });

  it('with customer_creation=always finds the Customer by email, so a returning email is refused', async () => {
    const open = () => ctx.stripe.checkout.sessions.create({ ...base(), allow_promotion_codes: true, customer_creation: 'always' });
    const s1 = await open();
    expect((await submitPage(s1.url as string, { email: 'always@example.com', promotion_code: 'SEO25', payment_method: 'card' })).status).toBe(303);
    const paid = await ctx.stripe.checkout.sessions.retrieve(s1.id, { expand: ['customer'] });
    expect((paid.customer as Stripe.Customer).email).toBe('always@example.com');
    const s2 = await open();
    const res = await submitPage(s2.url as string, { email: 'always@example.com', promotion_code: 'SEO25', payment_method: 'card' });
    expect(res.html).toContain(PRIOR_TRANSACTIONS);
  });

  it('expires a session: closed page, nothing charged, checkout.session.expired delivered', async () => {
    const session = await ctx.stripe.checkout.sessions.create({ ...base(), cancel_url: 'https://app.test/cancel' });
    const expired = await ctx.stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    const html = await (await fetch(`${ctx.emu.url}/c/pay/${session.id}`)).text();
    expect(html).toContain('has expired');
    expect((await submitPage(`${ctx.emu.url}/c/pay/${session.id}`, { email: 'e@example.com', payment_method: 'card' })).status).toBe(409);
    expect((await ctx.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe('unpaid');
    expect(ctx.receiver.events().some((e) => e.type === 'checkout.session.expired' && (e.data.object as Stripe.Checkout.Session).id === session.id)).toBe(true);
    const twice = await rejection(ctx.stripe.checkout.sessions.expire(session.id));
    expect(twice.statusCode).toBe(400);
  });

  it('still redirects when the webhook endpoint is down, and records the failed delivery', async () => {
    const saved = ctx.emu.config.webhookUrl;
    ctx.emu.config.webhookUrl = 'http://127.0.0.1:9/unreachable';
    try {
      const session = await ctx.stripe.checkout.sessions.create({ ...base(), customer_email: 'down@example.com' });
      const res = await submitPage(session.url as string, { payment_method: 'card' });
      expect(res.status).toBe(303);
      expect(ctx.emu.state.deliveries.at(-1)).toMatchObject({ url: 'http://127.0.0.1:9/unreachable', status: null });
    } finally {
      ctx.emu.config.webhookUrl = saved;
    }
  });

  it('dumps and resets its state', async () => {
    const dump = (await (await fetch(`${ctx.emu.url}/__emulator/state`)).json()) as Record<string, unknown[]>;
    expect(dump.checkout_sessions?.length).toBeGreaterThan(0);
    expect((await fetch(`${ctx.emu.url}/__emulator/reset`, { method: 'POST' })).status).toBe(200);
    expect(ctx.emu.state.sessions.size).toBe(0);
    catalog = await setupCatalog(ctx.stripe);
  });
});
