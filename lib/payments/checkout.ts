import type Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { LETTER_PRICE_CENTS } from '@/lib/pricing';
import { PRICE_LOOKUP_KEY } from './config';
import { isLetterPaid, recordCheckout } from './orders';

export type CheckoutStart = { kind: 'redirect'; url: string } | { kind: 'paid' } | { kind: 'error'; message: string };

/**
 * Opens a Checkout Session for one letter. Only ids go to Stripe: the letter id, never what the patient typed.
 * The Customer is found or created by email so `first_time_transaction` promotion codes hold for returning buyers.
 */
export async function startCheckout(db: Db, stripe: Stripe, o: { letterId: string; email: string; origin: string; attempt: string }): Promise<CheckoutStart> {
  if (await isLetterPaid(db, o.letterId)) return { kind: 'paid' };
  const [price] = (await stripe.prices.list({ lookup_keys: [PRICE_LOOKUP_KEY], active: true, limit: 1 })).data;
  if (!price || price.unit_amount !== LETTER_PRICE_CENTS) {
    console.error('[payments] the letter price is missing or differs from LETTER_PRICE_CENTS: run npm run stripe:setup');
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
  await recordCheckout(db, { sessionId: session.id, letterId: o.letterId }).catch(() => undefined);
  return { kind: 'redirect', url: session.url };
}
