import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUCCESS_URL, setupCatalog, startAll, submitPage } from './helpers';

let ctx: Awaited<ReturnType<typeof startAll>>;
let catalog: Awaited<ReturnType<typeof setupCatalog>>;

beforeAll(async () => {
  ctx = await startAll();
  catalog = await setupCatalog(ctx.stripe);
});
afterAll(async () => {
  await ctx.close();
});

async function openSession() {
  const customer = await ctx.stripe.customers.create({ email: `new-${Math.random().toString(36).slice(2)}@example.com` });
  return ctx.stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: catalog.price.id, quantity: 1 }],
    allow_promotion_codes: true,
    customer: customer.id,
    success_url: SUCCESS_URL,
  });
}

describe('the hosted page’s promotion code', () => {
  it('has an Apply button that shows the total after the discount before anything is paid', async () => {
    const session = await openSession();
    const page = await fetch(session.url!).then((r) => r.text());
    expect(page).toContain('data-testid="checkout-apply"');
    expect(page).toContain('Pay $40.00');

    const applied = await submitPage(session.url!, { intent: 'apply', promotion_code: 'SEO25', payment_method: 'card' });
    expect(applied.status).toBe(200);
    expect(applied.html).toContain('Pay $30.00');
    expect(applied.html).toMatch(/data-testid="checkout-discount">−\$10\.00/);
    expect(applied.html).toContain('value="SEO25"');
    expect((await ctx.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');

    const paid = await submitPage(session.url!, { intent: 'pay', promotion_code: 'SEO25', payment_method: 'card' });
    expect(paid.status).toBe(303);
    expect((await ctx.stripe.checkout.sessions.retrieve(session.id)).amount_total).toBe(3000);
  });

  it('shows why a code does not apply and leaves the total unchanged', async () => {
    const session = await openSession();
    const refused = await submitPage(session.url!, { intent: 'apply', promotion_code: 'NOPE', payment_method: 'card' });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('This code is invalid.');
    expect(refused.html).toContain('Pay $40.00');
  });
});

describe('refunds', () => {
  it('refunds a card payment in full once, and refuses to refund more than was received', async () => {
    const session = await openSession();
    await submitPage(session.url!, { payment_method: 'card' });
    const pi = (await ctx.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const refund = await ctx.stripe.refunds.create({ payment_intent: pi, reason: 'duplicate' }, { idempotencyKey: `refund-${session.id}` });
    expect(refund).toMatchObject({ object: 'refund', amount: 4000, payment_intent: pi, reason: 'duplicate', status: 'succeeded' });
    const replay = await ctx.stripe.refunds.create({ payment_intent: pi, reason: 'duplicate' }, { idempotencyKey: `refund-${session.id}` });
    expect(replay.id).toBe(refund.id);
    await expect(ctx.stripe.refunds.create({ payment_intent: pi })).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((await ctx.stripe.refunds.retrieve(refund.id)).amount).toBe(4000);
  });
});
