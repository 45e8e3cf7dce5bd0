import { findActivePromotionCode } from './api-discounts';
import { renderCheckoutPage, renderClosedPage, renderNotFoundPage, type PageView } from './checkout-page';
import { htmlReply, redirectReply, type Emulator, type Reply } from './context';
import { applyCoupon, applyPromotionCode, INVALID_CODE, type Applied, type Redeemer, type Refused } from './discount-rules';
import type { FormObject } from './form';
import type { PaymentMethodChoice } from './objects';
import { completeSession, expireIfDue } from './session-actions';
import { isEmail } from './session-params';
import type { SessionRecord } from './store';

/** The email Checkout shows read-only: the session Customer's, else `customer_email`. */
function lockedEmail(emu: Emulator, record: SessionRecord): string | null {
  const s = record.session;
  const customer = s.customer ? emu.state.customers.get(s.customer) : undefined;
  return customer?.email ?? s.customer_email;
}

async function openRecord(emu: Emulator, id: string): Promise<SessionRecord | Reply> {
  const record = emu.state.sessions.get(id);
  if (!record) return htmlReply(404, renderNotFoundPage());
  await expireIfDue(emu, record);
  return record;
}

export async function showCheckoutPage(emu: Emulator, id: string): Promise<Reply> {
  const r = await openRecord(emu, id);
  if (!('session' in r)) return r;
  if (r.session.status !== 'open') return htmlReply(200, renderClosedPage(r));
  const locked = lockedEmail(emu, r);
  return htmlReply(200, renderCheckoutPage({ record: r, email: locked ?? '', emailLocked: locked !== null, promotionCode: '', method: 'card', errors: {} }));
}

/** Who redeems a code on this session: its Customer, the Customer it will find or create by email, or a guest. */
function redeemer(emu: Emulator, record: SessionRecord, email: string): Redeemer & { createCustomer: boolean } {
  const s = record.session;
  if (s.customer) return { customerId: s.customer, guest: false, createCustomer: false };
  if (s.customer_creation !== 'always') return { customerId: null, guest: true, createCustomer: false };
  const existing = [...emu.state.customers.values()].reverse().find((c) => c.email === email);
  return { customerId: existing?.id ?? null, guest: false, createCustomer: true };
}

/** The discount for this payment: a typed code, or the one pre-applied at creation (checked again now). */
function chooseDiscount(emu: Emulator, record: SessionRecord, code: string, who: Redeemer): Applied | Refused | null {
  const s = record.session;
  const amounts = { subtotal: s.amount_subtotal, currency: s.currency, ...who };
  if (code) {
    const promo = findActivePromotionCode(emu, code);
    return promo ? applyPromotionCode(emu, promo, amounts) : { ok: false, message: INVALID_CODE };
  }
  const pre = s.discounts[0];
  if (!pre) return null;
  const promo = pre.promotion_code ? emu.state.promotionCodes.get(pre.promotion_code) : undefined;
  if (promo) return applyPromotionCode(emu, promo, amounts);
  const coupon = emu.state.coupons.get(pre.source.coupon);
  return coupon ? applyCoupon(coupon, s.amount_subtotal, s.currency) : { ok: false, message: INVALID_CODE };
}

/** Shows the session's totals with this discount (or none), as Stripe's page updates them when a code is applied. */
function showDiscount(record: SessionRecord, applied: Applied | null): void {
  const s = record.session;
  const amount = applied?.amount ?? 0;
  s.amount_total = s.amount_subtotal - amount;
  s.total_details.amount_discount = amount;
}

/**
 * Handles the Apply and Pay buttons. Apply checks the code and re-shows the page with the total after the
 * discount. Errors re-show the page with what was typed and the amount unchanged; Pay completes the session,
 * delivers `checkout.session.completed`, then 303s to `success_url` with the id filled in.
 */
export async function submitCheckoutPage(emu: Emulator, id: string, form: FormObject): Promise<Reply> {
  const opened = await openRecord(emu, id);
  if (!('session' in opened)) return opened;
  const record = opened;
  const s = record.session;
  if (s.status !== 'open') return htmlReply(409, renderClosedPage(record));
  const text = (key: string) => {
    const value = form[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const locked = lockedEmail(emu, record);
  const email = locked ?? text('email');
  const methodText = text('payment_method') || 'card';
  const code = s.allow_promotion_codes === true ? text('promotion_code') : '';
  const errors: PageView['errors'] = {};
  if (!isEmail(email)) errors.email = 'Enter a valid email address.';
  if (methodText !== 'card' && methodText !== 'bank_debit') errors.method = 'Choose a payment method.';
  const method: PaymentMethodChoice = methodText === 'bank_debit' ? 'bank_debit' : 'card';
  const who = redeemer(emu, record, email);
  const discount = chooseDiscount(emu, record, code, who);
  if (discount && !discount.ok) {
    if (code) errors.promotionCode = discount.message;
    else errors.form = discount.message;
  }
  if (Object.keys(errors).length > 0) {
    return htmlReply(400, renderCheckoutPage({ record, email, emailLocked: locked !== null, promotionCode: code, method, errors }));
  }
  if (text('intent') === 'apply') {
    showDiscount(record, discount && discount.ok ? discount : null);
    return htmlReply(200, renderCheckoutPage({ record, email, emailLocked: locked !== null, promotionCode: code, method, errors, applied: !!code }));
  }
  await completeSession(emu, record, {
    email,
    customerId: who.customerId,
    createCustomer: who.createCustomer,
    method,
    applied: discount && discount.ok ? discount : null,
  });
  return redirectReply(s.success_url.replaceAll('{CHECKOUT_SESSION_ID}', s.id));
}
