import { getDb } from '@/lib/db';
import { getPayments } from '@/lib/payments/config';
import { handleWebhook } from '@/lib/payments/webhook';
import { readBodyUpTo } from '@/lib/body';

/** Stripe's events are a few kilobytes; anything far larger is refused before it is read, signed or not. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function POST(request: Request) {
  const payments = getPayments();
  if (!payments.ok) return new Response('payments not configured', { status: 503 });
  // The raw body, exactly as sent: the signature covers these bytes.
  const body = await readBodyUpTo(request, MAX_BODY_BYTES);
  if (body === null) return new Response('payload too large', { status: 413 });
  const outcome = await handleWebhook(
    await getDb(),
    payments.stripe,
    payments.webhookSecret,
    body,
    request.headers.get('stripe-signature'),
    request.headers.get('x-request-id') ?? undefined,
  );
  return new Response(outcome.body, { status: outcome.status });
}
