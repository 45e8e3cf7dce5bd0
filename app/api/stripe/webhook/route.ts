import { getDb } from '@/lib/db';
import { getPayments } from '@/lib/payments/config';
import { handleWebhook } from '@/lib/payments/webhook';

export async function POST(request: Request) {
  const payments = getPayments();
  if (payments.mode === 'off') return new Response('payments not configured', { status: 503 });
  // The raw body, exactly as sent: the signature covers these bytes.
  const body = await request.text();
  const outcome = await handleWebhook(await getDb(), payments.stripe, payments.webhookSecret, body, request.headers.get('stripe-signature'));
  return new Response(outcome.body, { status: outcome.status });
}
