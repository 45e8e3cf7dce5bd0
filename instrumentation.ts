/** Runs once when the server starts: a payments misconfiguration is reported now, not at the first checkout. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getPayments } = await import('@/lib/payments/config');
  const payments = getPayments();
  if (payments.mode === 'off') console.error(`[payments] checkout is disabled: ${payments.problem}`);
  else if (payments.mode === 'stripe' && !payments.webhookSecret) console.error('[payments] STRIPE_WEBHOOK_SECRET is not set: webhooks will be refused');
  else if (payments.mode === 'emulator') console.warn('[payments] using the local Stripe emulator (PAYMENTS=emulator)');
}
