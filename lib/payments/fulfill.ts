import type Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { markPaid, markUnpaid } from './orders';

export type FulfillResult = { letterId: string | null; paid: boolean; changed: boolean };

/**
 * The one fulfillment path, called by the webhook and the success page. Idempotent and safe to run
 * concurrently: it re-reads the session from Stripe and the state change is one conditional UPDATE.
 */
export async function fulfill(db: Db, stripe: Stripe, sessionId: string): Promise<FulfillResult> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  const letterId = session.client_reference_id ?? session.metadata?.letter_id ?? null;
  if (!letterId) return { letterId: null, paid: false, changed: false };
  const paid = session.payment_status === 'paid' || session.payment_status === 'no_payment_required';
  if (!paid) return { letterId, paid: false, changed: false };
  const changed = await markPaid(db, session.id, letterId, session.amount_total);
  return { letterId, paid: true, changed };
}

/** A delayed payment that failed, or a session that expired: the letter stays locked. */
export async function abandon(db: Db, stripe: Stripe, sessionId: string, status: 'failed' | 'expired'): Promise<void> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  if (session.payment_status !== 'paid') await markUnpaid(db, session.id, status);
}
