import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import Stripe from 'stripe';
import { getDb } from '@/lib/db';
import { getPayments } from '@/lib/payments/config';
import { fulfill, type FulfillResult, type SessionOutcome } from '@/lib/payments/fulfill';
import { loadOwnCase } from '@/lib/letters/load';

export const metadata: Metadata = { title: 'Your payment', robots: { index: false, follow: false } };

/** What to tell the patient for each way a session can end without unlocking now. */
const NOT_PAID: Record<Exclude<SessionOutcome, 'paid'>, { title: string; text: string }> = {
  pending: {
    title: 'Your payment is on its way',
    text: 'Your bank has not confirmed the payment yet. Bank payments can take a few days; the full letter unlocks as soon as it is confirmed, and you will not be asked to pay again.',
  },
  open: { title: 'This payment was not finished', text: 'Nothing was charged. You can unlock the letter from its preview page whenever you are ready.' },
  expired: {
    title: 'This checkout expired',
    text: 'The payment page closed before a payment was made, so nothing was charged. You can start again from the preview page.',
  },
  failed: {
    title: 'The bank payment failed',
    text: 'Your bank did not complete the payment, so nothing was charged. You can try again from the preview page, with a card or another account.',
  },
  refunded: {
    title: 'This letter was already paid for',
    text: 'You paid for this letter in another window, so this second payment has been refunded in full. It can take 5 to 10 days to show on your statement.',
  },
};

/** A session id Stripe does not know (mistyped, forged, from another account) is not an error page. */
async function outcomeOf(sessionId: string): Promise<FulfillResult | null> {
  const payments = getPayments();
  if (!payments.ok) return null;
  try {
    return await fulfill(await getDb(), payments.stripe, sessionId);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError) return null;
    throw error;
  }
}

/** Stripe returns here. The redirect itself proves nothing: we ask Stripe about the session. */
export default async function SuccessPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ session_id?: string }> }) {
  const { id } = await params;
  const { session_id: sessionId } = await searchParams;
  if (!(await loadOwnCase(id))) notFound();
  const result = sessionId ? await outcomeOf(sessionId) : null;
  if (!result || result.letterId !== id) redirect(`/appeal/${id}`);
  if (result.outcome === 'paid') redirect(`/appeal/${id}/letter`);
  const { title, text } = NOT_PAID[result.outcome];
  return (
    <div data-testid={`payment-${result.outcome}`}>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4">{text}</p>
      <p className="mt-4">
        {result.outcome === 'refunded' ? (
          <Link href={`/appeal/${id}/letter`}>Open your full letter</Link>
        ) : (
          <>
            Your deadlines do not wait, so note them on the <Link href={`/appeal/${id}`}>preview page</Link>.
          </>
        )}
      </p>
    </div>
  );
}
