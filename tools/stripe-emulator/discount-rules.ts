import type { Emulator } from './context';
import { now } from './ids';
import type { Coupon, PromotionCode } from './objects';
import type { SessionDiscount } from './session-object';
import { hasPriorPayment } from './store';

export const INVALID_CODE = 'This code is invalid.';
export const PRIOR_TRANSACTIONS = 'This promotion code cannot be redeemed because the associated customer has prior transactions.';

/** Who would redeem the code: a known Customer, or a guest (a session that creates no Customer). */
export type Redeemer = { customerId: string | null; guest: boolean };

export type Applied = { ok: true; discount: SessionDiscount; amount: number; coupon: Coupon; promo: PromotionCode | null };
export type Refused = { ok: false; message: string };

export function discountAmount(coupon: Coupon, subtotal: number): number {
  if (coupon.amount_off !== null) return Math.min(coupon.amount_off, subtotal);
  return Math.min(Math.round((subtotal * (coupon.percent_off ?? 0)) / 100), subtotal);
}

function couponUsable(coupon: Coupon, currency: string): boolean {
  if (!coupon.valid) return false;
  if (coupon.redeem_by !== null && coupon.redeem_by <= now()) return false;
  if (coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions) return false;
  return coupon.amount_off === null || coupon.currency === currency;
}

export function applyCoupon(coupon: Coupon, subtotal: number, currency: string): Applied | Refused {
  if (!couponUsable(coupon, currency)) return { ok: false, message: INVALID_CODE };
  return {
    ok: true,
    discount: { coupon: coupon.id, promotion_code: null, source: { coupon: coupon.id, type: 'coupon' } },
    amount: discountAmount(coupon, subtotal),
    coupon,
    promo: null,
  };
}

/**
 * Stripe's checks for one promotion code on one purchase. `first_time_transaction` is judged per Customer
 * object ("Customers without any successful payments"); guest sessions cannot redeem such codes at all.
 */
export function applyPromotionCode(emu: Emulator, promo: PromotionCode, o: { subtotal: number; currency: string } & Redeemer): Applied | Refused {
  const coupon = emu.state.coupons.get(promo.promotion.coupon);
  if (!promo.active || !coupon || !couponUsable(coupon, o.currency)) return { ok: false, message: INVALID_CODE };
  if (promo.expires_at !== null && promo.expires_at <= now()) return { ok: false, message: INVALID_CODE };
  if (promo.customer !== null && promo.customer !== o.customerId) return { ok: false, message: INVALID_CODE };
  const r = promo.restrictions;
  if (r.minimum_amount !== null && (o.subtotal < r.minimum_amount || (r.minimum_amount_currency ?? o.currency) !== o.currency)) {
    return { ok: false, message: `This code requires a minimum purchase of ${formatMoney(r.minimum_amount, o.currency)}.` };
  }
  if (r.first_time_transaction) {
    if (o.guest) return { ok: false, message: INVALID_CODE };
    if (o.customerId && hasPriorPayment(emu.state, o.customerId)) return { ok: false, message: PRIOR_TRANSACTIONS };
  }
  return {
    ok: true,
    discount: { coupon: null, promotion_code: promo.id, source: { coupon: coupon.id, type: 'coupon' } },
    amount: discountAmount(coupon, o.subtotal),
    coupon,
    promo,
  };
}

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
}
