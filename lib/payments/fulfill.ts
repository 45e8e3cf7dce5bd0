import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { log } from '@/lib/log';
import { markPaid, markPending, markRefunded, markUnpaid, openSessions, orderStatus, recordCheckout } from './orders';

/** What one session came to: paid; refunded (the letter was already paid); pending; or never paid. */
export type SessionOutcome = 'paid' | 'refunded' | 'pending' | 'open' | 'expired' | 'failed';
export type FulfillResult = { letterId: string | null; outcome: SessionOutcome; changed: boolean };

/** Once one session completes, the letter's other open sessions (another tab) can no longer be paid. */
async function expireOthers(db: Db, stripe: Stripe, letterId: string, sessionId: string): Promise<void> {
  for (const other of await openSessions(db, letterId, sessionId)) {
    try {
      await stripe.checkout.sessions.expire(other);
      await markUnpaid(db, other, 'expired');
    } catch (error) {
      // Already completed or expired at Stripe: its own events (and the refund below) settle it.
      log.warn('checkout.expire_failed', { letterId, sessionId: other, error });
    }
  }
}

/** A second payment for an already-paid letter is refunded in full, once (the idempotency key). */
async function refund(db: Db, stripe: Stripe, session: Stripe.Checkout.Session, letterId: string): Promise<void> {
  const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id;
  if (paymentIntent)
    await stripe.refunds.create(
      { payment_intent: paymentIntent, reason: 'duplicate', metadata: { letter_id: letterId } },
      { idempotencyKey: `refund-${session.id}` },
    );
  await markRefunded(db, session.id, session.amount_total);
  log.warn('payment.refunded_duplicate', { letterId, sessionId: session.id });
}

/**
 * The one fulfillment path, called by the webhook and the success page. Idempotent and safe to run
 * concurrently: it re-reads the session from Stripe and each state change is one conditional UPDATE.
 */
export async function fulfill(db: Db, stripe: Stripe, sessionId: string): Promise<FulfillResult> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  const letterId = session.client_reference_id ?? session.metadata?.letter_id ?? null;
  if (!letterId) return { letterId: null, outcome: 'open', changed: false };
  await recordCheckout(db, { sessionId: session.id, letterId });
  if (session.status === 'complete') await expireOthers(db, stripe, letterId, session.id);
  const paid = session.payment_status === 'paid' || session.payment_status === 'no_payment_required';
  if (paid) {
    const marked = await markPaid(db, session.id, letterId, session.amount_total);
    if (marked === 'duplicate') {
      if ((await orderStatus(db, session.id)) !== 'refunded') await refund(db, stripe, session, letterId);
      return { letterId, outcome: 'refunded', changed: false };
    }
    if (marked === 'changed') log.info('payment.fulfilled', { letterId, sessionId: session.id });
    return { letterId, outcome: 'paid', changed: marked === 'changed' };
  }
  if (session.status === 'complete') {
    await markPending(db, session.id);
    return { letterId, outcome: (await orderStatus(db, session.id)) === 'failed' ? 'failed' : 'pending', changed: false };
  }
  return { letterId, outcome: session.status === 'expired' ? 'expired' : 'open', changed: false };
}

/** A delayed payment that failed, or a session that expired: the letter stays locked. */
export async function abandon(db: Db, stripe: Stripe, sessionId: string, status: 'failed' | 'expired'): Promise<void> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  if (session.payment_status !== 'paid') await markUnpaid(db, session.id, status);
}
