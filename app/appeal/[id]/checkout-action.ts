'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { startCheckout } from '@/lib/payments/checkout';
import { getPayments } from '@/lib/payments/config';
import { hit, rateLimitMessage } from '@/lib/rate-limit';
import { clientKey, requestOrigin } from '@/lib/request';
import { loadOwnCase } from '@/lib/letters/load';

export type CheckoutState = { email: string; error?: string };

const emailSchema = z.email({ error: 'Enter an email address, like name@example.com' });

export async function checkoutAction(letterId: string, _prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const email = String(form.get('email') ?? '').trim();
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return { email, error: parsed.error.issues[0]?.message };
  if (!(await loadOwnCase(letterId))) return { email, error: 'This letter is not open in this browser. Open it from your private link first.' };
  const limited = await hit('checkouts', await clientKey());
  if (!limited.ok) return { email, error: rateLimitMessage('started checkout', limited.retryAfterSeconds) };
  const payments = getPayments();
  if (!payments.ok) return { email, error: 'Payments are not set up on this server, so the letter cannot be unlocked here. Nothing was charged.' };
  const result = await startCheckout(await getDb(), payments.stripe, {
    letterId,
    email: parsed.data,
    origin: await requestOrigin(),
    attempt: String(form.get('attempt') ?? ''),
  });
  if (result.kind === 'error') return { email, error: result.message };
  redirect(result.kind === 'paid' ? `/appeal/${letterId}/letter` : result.kind === 'pending' ? `/appeal/${letterId}` : result.url);
}
