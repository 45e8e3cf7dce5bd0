import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { log } from '@/lib/log';
import { LETTER_PRICE_CENTS } from '@/lib/pricing';
import { PRICE_LOOKUP_KEY } from './config';
import { letterPayment, recordCheckout } from './orders';

export type CheckoutStart = { kind: 'redirect'; url: string } | { kind: 'paid' } | { kind: 'pending' } | { kind: 'error'; message: string };

/**
 * Opens a Checkout Session for one letter. Only ids go to Stripe: the letter id, never what the patient typed.
 * The Customer is found or created by email so `first_time_transaction` promotion codes hold for returning buyers.
 */
export async function startCheckout(db: Db, stripe: Stripe, o: { letterId: string; email: string; origin: string; attempt: string }): Promise<CheckoutStart> {
  const state = await letterPayment(db, o.letterId);
  // A completed checkout awaiting the bank: a second one could be paid too.
  if (state !== 'none') return { kind: state };
  const [price] = (await stripe.prices.list({ lookup_keys: [PRICE_LOOKUP_KEY], active: true, limit: 1 })).data;
  if (!price || price.unit_amount !== LETTER_PRICE_CENTS) {
    log.error('payments.price_missing', { letterId: o.letterId, reason: 'the price is missing or differs from LETTER_PRICE_CENTS: run npm run stripe:setup' });
    return { kind: 'error', message: 'Payments are not available right now. Please try again later.' };
  }
  const customer = (await stripe.customers.list({ email: o.email, limit: 1 })).data[0] ?? (await stripe.customers.create({ email: o.email }));
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: [{ price: price.id, quantity: 1 }],
      allow_promotion_codes: true,
      customer: customer.id,
      client_reference_id: o.letterId,
      metadata: { letter_id: o.letterId },
      success_url: `${o.origin}/appeal/${o.letterId}/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${o.origin}/appeal/${o.letterId}?checkout=canceled`,
    },
    { idempotencyKey: `checkout-${o.letterId}-${o.attempt}` },
  );
  if (!session.url) return { kind: 'error', message: 'Stripe did not return a checkout page. Please try again.' };
  await recordCheckout(db, { sessionId: session.id, letterId: o.letterId });
  log.info('checkout.started', { letterId: o.letterId, sessionId: session.id });
  return { kind: 'redirect', url: session.url };
}
