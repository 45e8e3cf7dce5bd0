import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { getPayments } from '@/lib/payments/config';
import { fulfill } from '@/lib/payments/fulfill';
import { loadOwnCase } from '@/lib/letters/load';

export const metadata: Metadata = { title: 'Payment received', robots: { index: false, follow: false } };

/** Stripe returns here. The redirect itself proves nothing: we ask Stripe about the session. */
export default async function SuccessPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ session_id?: string }> }) {
  const { id } = await params;
  const { session_id: sessionId } = await searchParams;
  if (!(await loadOwnCase(id))) notFound();
  const payments = getPayments();
  if (payments.mode === 'off' || !sessionId) redirect(`/appeal/${id}`);
  const result = await fulfill(await getDb(), payments.stripe, sessionId);
  if (result.letterId !== id) redirect(`/appeal/${id}`);
  if (result.paid) redirect(`/appeal/${id}/letter`);
  return (
    <div data-testid="payment-pending">
      <h1 className="text-3xl font-bold">Your payment is on its way</h1>
      <p className="mt-4">
        Your bank has not confirmed the payment yet. Bank payments can take a few days; the full letter unlocks as soon as it
        is confirmed. Your deadlines do not wait, so note them on the <Link href={`/appeal/${id}`}>preview page</Link>.
      </p>
    </div>
  );
}
