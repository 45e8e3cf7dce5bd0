import { readFileSync } from 'node:fs';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUCCESS_URL, setupCatalog, startAll, submitPage } from './helpers';

type Shape = Record<string, unknown>;
const shapes = JSON.parse(readFileSync(new URL('./fixtures/object-shapes.json', import.meta.url), 'utf8')) as Record<string, Shape>;

const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field paths that differ between two objects; nested objects are compared where both sides have one. */
function fieldDiff(actual: Shape, expected: Shape, path = ''): string[] {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  const out: string[] = [];
  for (const key of keys) {
    const where = `${path}${key}`;
    if (!(key in actual)) out.push(`missing ${where}`);
    else if (!(key in expected)) out.push(`extra ${where}`);
    else if (isObject(actual[key]) && isObject(expected[key]) && Object.keys(expected[key]).length > 0)
      out.push(...fieldDiff(actual[key], expected[key], `${where}.`));
  }
  return out;
}

let ctx: Awaited<ReturnType<typeof startAll>>;
beforeAll(async () => {
  ctx = await startAll();
});
afterAll(async () => {
  await ctx.close();
});

describe('objects have the fields of Stripe’s published fixtures', () => {
  it('customer, coupon, promotion_code, checkout.session, payment_intent and event', async () => {
    const { coupon, promo, price } = await setupCatalog(ctx.stripe);
    const customer = await ctx.stripe.customers.create({ email: 'shape@example.com' });
    const session = await ctx.stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price: price.id, quantity: 1 }],
      customer: customer.id,
      success_url: SUCCESS_URL,
    });
    expect(fieldDiff(session as unknown as Shape, shapes['checkout.session'] as Shape)).toEqual([]);
    await submitPage(session.url as string, { payment_method: 'card' });
    const paid = await ctx.stripe.checkout.sessions.retrieve(session.id);
    const pi = await ctx.stripe.paymentIntents.retrieve(paid.payment_intent as string);
    const event = ctx.receiver.events().find((e) => e.type === 'checkout.session.completed') as Stripe.Event;

    expect(fieldDiff(customer as unknown as Shape, shapes.customer as Shape)).toEqual([]);
    expect(fieldDiff(coupon as unknown as Shape, shapes.coupon as Shape)).toEqual([]);
    expect(fieldDiff(promo as unknown as Shape, shapes.promotion_code as Shape)).toEqual([]);
    expect(fieldDiff(paid as unknown as Shape, shapes['checkout.session'] as Shape)).toEqual([]);
    expect(fieldDiff(pi as unknown as Shape, shapes.payment_intent as Shape)).toEqual([]);
    const { data, ...envelope } = event as unknown as Shape;
    const fixtureEnvelope = Object.fromEntries(Object.entries(shapes.event as Shape).filter(([key]) => key !== 'data'));
    expect(fieldDiff(envelope, fixtureEnvelope)).toEqual([]);
    expect(fieldDiff((data as { object: Shape }).object, shapes['checkout.session'] as Shape)).toEqual([]);
  });
});
