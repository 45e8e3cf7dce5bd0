import { findOrCreateCustomer } from './api-customers';
import type { Emulator } from './context';
import type { Applied } from './discount-rules';
import { now } from './ids';
import { buildPaymentIntent, type PaymentMethodChoice } from './objects';
import { buildCustomerDetails } from './session-object';
import type { SessionRecord } from './store';
import { emit } from './webhooks';

type Request = { id: string | null; idempotency_key: string | null };

export async function expireSession(emu: Emulator, record: SessionRecord, request?: Request) {
  record.session.status = 'expired';
  record.session.url = null;
  return emit(emu, 'checkout.session.expired', record.session, request);
}

/** Sessions past `expires_at` expire when next touched (there is no background clock). */
export async function expireIfDue(emu: Emulator, record: SessionRecord): Promise<void> {
  if (record.session.status === 'open' && now() >= record.session.expires_at) await expireSession(emu, record);
}

/** Spreads the session discount over its line items, any remainder on the last one. */
function allocateDiscount(record: SessionRecord, amount: number): void {
  const subtotal = record.lineItems.reduce((sum, li) => sum + li.amount_subtotal, 0);
  let left = amount;
  record.lineItems.forEach((li, i) => {
    const share = i === record.lineItems.length - 1 ? left : Math.floor((amount * li.amount_subtotal) / Math.max(subtotal, 1));
    li.amount_discount = share;
    li.amount_total = li.amount_subtotal - share;
    left -= share;
  });
}

export type Completion = { email: string; customerId: string | null; createCustomer: boolean; method: PaymentMethodChoice; applied: Applied | null };

/**
 * Completes a session the way Checkout does: Customer attached or created, PaymentIntent made (succeeded for
 * card, processing for bank debit), totals and discounts set, then `checkout.session.completed` delivered.
 */
export async function completeSession(emu: Emulator, record: SessionRecord, c: Completion) {
  const s = record.session;
  let customerId = c.customerId;
  if (!customerId && c.createCustomer) customerId = findOrCreateCustomer(emu, c.email).id;
  const subtotal = s.amount_subtotal;
  const discount = c.applied?.amount ?? 0;
  const total = subtotal - discount;
  s.customer = customerId;
  s.customer_details = buildCustomerDetails(c.email);
  s.amount_total = total;
  s.total_details.amount_discount = discount;
  s.discounts = c.applied ? [c.applied.discount] : [];
  allocateDiscount(record, discount);
  if (total === 0) {
    s.payment_status = 'no_payment_required';
  } else {
    const pi = buildPaymentIntent({ amount: total, currency: s.currency, customer: customerId, method: c.method, ...record.paymentIntentData });
    emu.state.paymentIntents.set(pi.id, pi);
    s.payment_intent = pi.id;
    s.payment_status = c.method === 'card' ? 'paid' : 'unpaid';
  }
  record.paymentMethod = c.method;
  s.status = 'complete';
  s.url = null;
  if (c.applied) {
    c.applied.coupon.times_redeemed += 1;
    if (c.applied.promo) c.applied.promo.times_redeemed += 1;
  }
  return emit(emu, 'checkout.session.completed', s);
}

/** Settles a delayed (bank debit) payment and delivers `checkout.session.async_payment_succeeded|failed`. */
export async function settleAsyncPayment(emu: Emulator, record: SessionRecord, succeeded: boolean) {
  const s = record.session;
  const pi = s.payment_intent ? emu.state.paymentIntents.get(s.payment_intent) : undefined;
  if (succeeded) {
    s.payment_status = 'paid';
    if (pi) {
      pi.status = 'succeeded';
      pi.amount_received = pi.amount;
    }
  } else if (pi) {
    pi.status = 'requires_payment_method';
    pi.last_payment_error = { type: 'invalid_request_error', message: 'The bank debit failed (emulated).' };
  }
  return emit(emu, succeeded ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed', s);
}
