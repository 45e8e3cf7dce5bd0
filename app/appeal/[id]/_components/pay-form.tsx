'use client';

import { useActionState } from 'react';
import type { CheckoutState } from '../checkout-action';

type Props = { action: (prev: CheckoutState, form: FormData) => Promise<CheckoutState>; attempt: string; priceLine: string };

/** Asks for the email on our side, so Stripe sees the same Customer on every purchase. */
export function PayForm({ action, attempt, priceLine }: Props) {
  const [state, formAction, pending] = useActionState(action, { email: '' });
  return (
    <form action={formAction} className="mt-4" noValidate>
      <input type="hidden" name="attempt" value={attempt} />
      <label htmlFor="pay-email" className="block font-medium">
        Email for your receipt
      </label>
      <p id="pay-email-hint" className="text-base text-muted">
        We use it only for the payment. Promo codes are entered on the payment page.
      </p>
      <input
        id="pay-email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state.email}
        aria-describedby={`pay-email-hint${state.error ? ' pay-email-error' : ''}`}
        aria-invalid={state.error ? true : undefined}
        className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 text-base"
      />
      <p id="pay-email-error" aria-live="polite" className="mt-1 font-medium text-red-800">
        {state.error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="mt-3 rounded-md bg-brand px-6 py-3 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? 'Opening the payment page…' : 'Unlock the full letter'}
      </button>
      <p className="mt-2 text-base text-muted">{priceLine}</p>
    </form>
  );
}
