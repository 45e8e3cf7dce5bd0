import 'server-only';
import Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { log } from '@/lib/log';
import { abandon, fulfill } from './fulfill';
import { claimEvent, releaseEvent } from './orders';

export type WebhookOutcome = { status: number; body: string };

/** Stripe's answer for an object it does not have: permanent, so retrying the event can never succeed. */
const isMissing = (error: unknown) => error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing';

/**
 * Verifies, deduplicates and handles one Stripe event. 400 only for a bad signature; 5xx when our own
 * work fails (the event id is released so Stripe's retry runs it again); 200 for everything else,
 * including an event about a session Stripe no longer has (a retry would fail the same way for days).
 */
export async function handleWebhook(
  db: Db,
  stripe: Stripe,
  secret: string | undefined,
  rawBody: string,
  signature: string | null,
  requestId?: string,
): Promise<WebhookOutcome> {
  if (!secret) return { status: 500, body: 'webhook secret not configured' };
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature ?? '', secret);
  } catch {
    return { status: 400, body: 'bad signature' };
  }
  if (!(await claimEvent(db, event.id, event.type))) return { status: 200, body: 'duplicate' };
  try {
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        await fulfill(db, stripe, event.data.object.id);
        break;
      case 'checkout.session.async_payment_failed':
        await abandon(db, stripe, event.data.object.id, 'failed');
        break;
      case 'checkout.session.expired':
        await abandon(db, stripe, event.data.object.id, 'expired');
        break;
      default:
        break;
    }
  } catch (error) {
    if (isMissing(error)) {
      log.warn('webhook.resource_missing', { eventId: event.id, reason: event.type, requestId });
      return { status: 200, body: 'ignored: resource missing' };
    }
    await releaseEvent(db, event.id);
    log.error('webhook.failed', { eventId: event.id, reason: event.type, requestId, error });
    return { status: 500, body: 'handler failed' };
  }
  return { status: 200, body: 'ok' };
}
