import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIOR_TRANSACTIONS } from '@/tools/stripe-emulator';
import { PRICE_KEY, SUCCESS_URL, WEBHOOK_SECRET, setupCatalog, startAll, submitPage } from './helpers';

let ctx: Awaited<ReturnType<typeof startAll>>;
let catalog: Awaited<ReturnType<typeof setupCatalog>>;

beforeAll(async () => {
  ctx = await startAll();
  catalog = await setupCatalog(ctx.stripe);
});
afterAll(async () => {
  await ctx.close();
});

async function openSession(customer: string, key?: string) {
  return ctx.stripe.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: [{ price: catalog.price.id, quantity: 1 }],
      allow_promotion_codes: true,
      customer,
      client_reference_id: 'L1',
      metadata: { letter_id: 'L1' },
      success_url: SUCCESS_URL,
      cancel_url: 'https://app.test/appeal/L1?checkout=canceled',
    },
    key ? { idempotencyKey: key } : undefined,
  );
}

describe('catalog setup through the stripe SDK', () => {
  it('is idempotent and reads the promotion back as promo.promotion.coupon', async () => {
    const again = await setupCatalog(ctx.stripe);
    expect(again.price.id).toBe(catalog.price.id);
    expect(again.promo.id).toBe(catalog.promo.id);
    expect(ctx.emu.state.promotionCodes.size).toBe(1);
    expect(catalog.promo.promotion.coupon).toBe(catalog.coupon.id);
    expect(catalog.promo.restrictions.first_time_transaction).toBe(true);
    const [byLowerCase] = (await ctx.stripe.promotionCodes.list({ code: 'seo25', active: true, limit: 1 })).data;
    expect(byLowerCase?.id).toBe(catalog.promo.id);
    const [byKey] = (await ctx.stripe.prices.list({ lookup_keys: [PRICE_KEY], active: true, limit: 1 })).data;
    expect(byKey?.unit_amount).toBe(4000);
  });

  it('lists customers by exact email', async () => {
    const created = await ctx.stripe.customers.create({ email: 'list@example.com', metadata: { source: 'test' } });
    const found = await ctx.stripe.customers.list({ email: 'list@example.com', limit: 1 });
    expect(found.object).toBe('list');
    expect(found.url).toBe('/v1/customers');
    expect(found.data.map((c) => c.id)).toEqual([created.id]);
    expect(found.data[0]?.metadata).toEqual({ source: 'test' });
    expect((await ctx.stripe.customers.list({ email: 'nobody@example.com' })).data).toEqual([]);
  });
});

describe('hosted checkout with the first-time code SEO25', () => {
  let customer: Stripe.Customer;
  let first: Stripe.Checkout.Session;

  beforeAll(async () => {
    customer = await ctx.stripe.customers.create({ email: 'pat@example.com' });
  });

  it('replays the same session for the same Idempotency-Key and body', async () => {
    first = await openSession(customer.id, 'checkout-L1-1');
    const replay = await openSession(customer.id, 'checkout-L1-1');
    expect(replay.id).toBe(first.id);
    expect(first.id).toMatch(/^cs_test_/);
    expect(first.url).toBe(`${ctx.emu.url}/c/pay/${first.id}`);
    expect(first).toMatchObject({ status: 'open', payment_status: 'unpaid', amount_total: 4000, customer: customer.id, allow_promotion_codes: true });
  });

  it('shows an accessible page with the line item, a locked email and a code box', async () => {
    const html = await (await fetch(first.url as string)).text();
    expect(html).toContain('Appeal letter × 1: $40.00');
    expect(html).toMatch(/<label for="email">Email<\/label><input id="email"[^>]*value="pat@example.com"[^>]*readonly/);
    expect(html).toContain('<label for="promotion-code">Promotion code</label>');
    expect(html).toContain('Card (pays now)');
    expect(html).toContain('Bank debit (pays later)');
    expect(html).toContain('href="https://app.test/appeal/L1?checkout=canceled"');
    expect(html).not.toMatch(/<script|<link /);
  });

  it('applies SEO25, redirects to success_url with the id and delivers a verified completed event', async () => {
    const res = await submitPage(first.url as string, { email: 'ignored@example.com', promotion_code: 'seo25', payment_method: 'card' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`https://app.test/appeal/L1/success?session_id=${first.id}`);

    const paid = await ctx.stripe.checkout.sessions.retrieve(first.id, { expand: ['line_items'] });
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', amount_subtotal: 4000, amount_total: 3000, url: null });
    expect(paid.total_details?.amount_discount).toBe(1000);
    expect(paid.customer_details?.email).toBe('pat@example.com');
    expect(paid.payment_intent).toMatch(/^pi_/);
    expect(paid.discounts).toEqual([{ coupon: null, promotion_code: catalog.promo.id, source: { coupon: catalog.coupon.id, type: 'coupon' } }]);
    expect(paid.line_items?.data[0]).toMatchObject({ amount_subtotal: 4000, amount_discount: 1000, amount_total: 3000, quantity: 1 });

    const completed = ctx.receiver.events().filter((e) => e.type === 'checkout.session.completed');
    expect(completed).toHaveLength(1);
    const object = completed[0]?.data.object as Stripe.Checkout.Session;
    expect(object).toMatchObject({ id: first.id, payment_status: 'paid', amount_total: 3000, client_reference_id: 'L1' });
    expect(ctx.emu.state.deliveries.at(-1)).toMatchObject({ type: 'checkout.session.completed', status: 200 });
  });

  it('refuses SEO25 for the same customer, keeps the typed code and charges nothing', async () => {
    const second = await openSession(customer.id);
    const eventsBefore = ctx.emu.state.events.size;
    const res = await submitPage(second.url as string, { promotion_code: 'SEO25', payment_method: 'card' });
    expect(res.status).toBe(400);
    expect(res.html).toContain(PRIOR_TRANSACTIONS);
    expect(PRIOR_TRANSACTIONS).toBe('This promotion code cannot be redeemed because the associated customer has prior transactions.');
    expect(res.html).toMatch(/id="promotion-code"[^>]*value="SEO25"/);
    expect(res.html).toContain('Pay $40.00');
    const still = await ctx.stripe.checkout.sessions.retrieve(second.id);
    expect(still).toMatchObject({ status: 'open', payment_status: 'unpaid', payment_intent: null, amount_total: 4000 });
    expect(ctx.emu.state.events.size).toBe(eventsBefore);

    const paid = await submitPage(second.url as string, { promotion_code: '', payment_method: 'card' });
    expect(paid.status).toBe(303);
    const done = await ctx.stripe.checkout.sessions.retrieve(second.id);
    expect(done).toMatchObject({ payment_status: 'paid', amount_total: 4000, discounts: [] });
    expect(done.total_details?.amount_discount).toBe(0);
  });

  it('says an unknown code is invalid', async () => {
    const other = await ctx.stripe.customers.create({ email: 'new@example.com' });
    const session = await openSession(other.id);
    const res = await submitPage(session.url as string, { promotion_code: 'NOPE', payment_method: 'card' });
    expect(res.status).toBe(400);
    expect(res.html).toContain('This code is invalid.');
  });

  it('shows a completed session as closed and does not charge again', async () => {
    const html = await (await fetch(`${ctx.emu.url}/c/pay/${first.id}`)).text();
    expect(html).toContain('already complete');
    const res = await submitPage(`${ctx.emu.url}/c/pay/${first.id}`, { payment_method: 'card' });
    expect(res.status).toBe(409);
    expect([...ctx.emu.state.paymentIntents.values()].filter((pi) => pi.customer === customer.id)).toHaveLength(2);
  });
});

describe('bank debit (delayed payment)', () => {
  it('completes unpaid, then async_payment_succeeded; resend replays the same event id', async () => {
    const customer = await ctx.stripe.customers.create({ email: 'bank@example.com' });
    const session = await openSession(customer.id);
    const res = await submitPage(session.url as string, { payment_method: 'bank_debit' });
    expect(res.status).toBe(303);
    const completed = ctx.receiver
      .events()
      .filter((e) => e.type === 'checkout.session.completed' && (e.data.object as Stripe.Checkout.Session).id === session.id);
    expect(completed).toHaveLength(1);
    expect((completed[0]?.data.object as Stripe.Checkout.Session).payment_status).toBe('unpaid');

    const settle = await fetch(`${ctx.emu.url}/__emulator/sessions/${session.id}/async_payment_succeeded`, { method: 'POST' });
    expect(settle.status).toBe(200);
    const succeeded = ctx.receiver.events().filter((e) => e.type === 'checkout.session.async_payment_succeeded');
    expect(succeeded).toHaveLength(1);
    expect((succeeded[0]?.data.object as Stripe.Checkout.Session).payment_status).toBe('paid');
    expect((await ctx.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe('paid');
    const again = await fetch(`${ctx.emu.url}/__emulator/sessions/${session.id}/async_payment_succeeded`, { method: 'POST' });
    expect(again.status).toBe(400);

    const eventId = completed[0]?.id as string;
    const resend = await fetch(`${ctx.emu.url}/__emulator/events/${eventId}/resend`, { method: 'POST' });
    expect(((await resend.json()) as { delivery: { status: number } }).delivery.status).toBe(200);
    expect(ctx.receiver.events().filter((e) => e.id === eventId)).toHaveLength(2);
  });

  it('async_payment_failed leaves the session unpaid', async () => {
    const customer = await ctx.stripe.customers.create({ email: 'bank-fail@example.com' });
    const session = await openSession(customer.id);
    await submitPage(session.url as string, { payment_method: 'bank_debit' });
    const settle = await fetch(`${ctx.emu.url}/__emulator/sessions/${session.id}/async_payment_failed`, { method: 'POST' });
    expect(settle.status).toBe(200);
    expect(
      ctx.receiver.events().some((e) => e.type === 'checkout.session.async_payment_failed' && (e.data.object as Stripe.Checkout.Session).id === session.id),
    ).toBe(true);
    expect(await ctx.stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
  });
});

describe('webhook signatures use Stripe’s real scheme', () => {
  it('verifies with the right secret and throws with a wrong secret or a tampered body', () => {
    const delivery = ctx.receiver.received.find((r) => r.event);
    expect(delivery).toBeDefined();
    const { raw, signature } = delivery as { raw: string; signature: string };
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}/);
    expect(Stripe.webhooks.constructEvent(raw, signature, WEBHOOK_SECRET).id).toBe(delivery?.event?.id);
    expect(() => Stripe.webhooks.constructEvent(raw, signature, 'whsec_wrong')).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() => Stripe.webhooks.constructEvent(raw.replace('"livemode": false', '"livemode": true'), signature, WEBHOOK_SECRET)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(ctx.receiver.received.every((r) => r.error === null)).toBe(true);
  });
});
