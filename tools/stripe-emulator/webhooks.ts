import Stripe from 'stripe';
import type { Emulator } from './context';
import { now } from './ids';
import { buildEvent, type StripeEvent } from './objects';
import type { Delivery } from './store';

const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * POSTs one event to the webhook URL, signed with Stripe's real scheme (`t=…,v1=…` HMAC-SHA256), and records
 * the outcome. Never throws: a failed delivery must not break the hosted page, just as with Stripe.
 */
export async function deliver(emu: Emulator, event: StripeEvent): Promise<Delivery | null> {
  const url = emu.config.webhookUrl;
  if (!url) return null;
  const payload = JSON.stringify(event, null, 2);
  const delivery: Delivery = { event_id: event.id, type: event.type, url, status: null, error: null, delivered_at: now() };
  try {
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: emu.config.webhookSecret });
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Stripe-Signature': signature,
        'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      },
      body: payload,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    delivery.status = res.status;
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok) event.pending_webhooks = 0;
  } catch (error) {
    delivery.error = error instanceof Error ? error.message : String(error);
  }
  emu.state.deliveries.push(delivery);
  if (delivery.status === null || delivery.status >= 300)
    console.warn(`[stripe-emulator] webhook ${event.type} ${event.id} → ${delivery.status ?? delivery.error}`);
  return delivery;
}

/** Records an event (a snapshot of `object` now) and delivers it. */
export async function emit(
  emu: Emulator,
  type: string,
  object: unknown,
  request: { id: string | null; idempotency_key: string | null } = { id: null, idempotency_key: null },
) {
  const event = buildEvent(type, object, request);
  event.pending_webhooks = emu.config.webhookUrl ? 1 : 0;
  emu.state.events.set(event.id, event);
  const delivery = await deliver(emu, event);
  return { event, delivery };
}
