import type { ApiRequest, Emulator } from './context';
import { alreadyExists, exclusive, invalid, missing, mustGet, noSuch } from './errors';
import { now } from './ids';
import { buildCoupon, buildPromotionCode, list, type Coupon, type PromotionCode } from './objects';
import { page } from './store';

export function createCoupon(emu: Emulator, req: ApiRequest): Coupon {
  const p = req.params.only([
    'id',
    'amount_off',
    'percent_off',
    'currency',
    'duration',
    'duration_in_months',
    'name',
    'max_redemptions',
    'redeem_by',
    'metadata',
    'expand',
  ]);
  const id = p.string('id');
  if (id !== undefined && emu.state.coupons.has(id)) throw alreadyExists('Coupon already exists.');
  const amountOff = p.int('amount_off') ?? null;
  const percentOff = p.number('percent_off') ?? null;
  if (amountOff !== null && percentOff !== null) throw exclusive('amount_off', 'percent_off');
  if (amountOff === null && percentOff === null) throw invalid('Coupons require either amount_off or percent_off.', 'amount_off');
  if (percentOff !== null && (percentOff <= 0 || percentOff > 100)) throw invalid('percent_off must be greater than 0 and at most 100.', 'percent_off');
  if (amountOff !== null && amountOff <= 0) throw invalid('amount_off must be greater than 0.', 'amount_off');
  const currency = p.string('currency')?.toLowerCase() ?? null;
  if (amountOff !== null && currency === null) throw missing('currency');
  const duration = p.oneOf('duration', ['once', 'repeating', 'forever'] as const) ?? 'once';
  const durationInMonths = p.int('duration_in_months') ?? null;
  if (duration === 'repeating' && durationInMonths === null) throw missing('duration_in_months');
  const coupon = buildCoupon({
    id,
    amountOff,
    percentOff,
    currency: amountOff !== null ? currency : null,
    duration,
    durationInMonths: duration === 'repeating' ? durationInMonths : null,
    name: p.string('name') ?? null,
    maxRedemptions: p.int('max_redemptions') ?? null,
    redeemBy: p.int('redeem_by') ?? null,
    metadata: p.metadata(),
  });
  emu.state.coupons.set(coupon.id, coupon);
  return coupon;
}

export function getCoupon(emu: Emulator, id: string, param = 'id'): Coupon {
  return mustGet(emu.state.coupons, 'coupon', id, param);
}

const CODE = /^[a-zA-Z0-9-]+$/;
const sameCode = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Uses the `2025-09-30.clover` shape: `promotion[type]=coupon&promotion[coupon]=…`; a top-level `coupon` is unknown now. */
export function createPromotionCode(emu: Emulator, req: ApiRequest): PromotionCode {
  const p = req.params.only(['promotion', 'code', 'restrictions', 'active', 'customer', 'expires_at', 'max_redemptions', 'metadata', 'expand']);
  const promotion = p.object('promotion');
  if (!promotion) throw missing('promotion');
  promotion.only(['type', 'coupon']);
  if (promotion.oneOf('type', ['coupon'] as const) === undefined) throw missing('promotion[type]');
  const coupon = getCoupon(emu, promotion.requiredString('coupon'), 'promotion[coupon]');
  const active = p.bool('active') ?? true;
  const code = p.string('code') ?? randomCode();
  if (!CODE.test(code)) throw invalid('Promotion codes can only contain alphanumeric characters (a-z, A-Z, 0-9) and dashes (-).', 'code');
  if (active && findActivePromotionCode(emu, code)) throw alreadyExists(`An active promotion code with \`code: ${code}\` already exists.`, 'code');
  const restrictions = p.object('restrictions');
  restrictions?.only(['first_time_transaction', 'minimum_amount', 'minimum_amount_currency']);
  const customer = p.string('customer') ?? null;
  if (customer !== null && !emu.state.customers.has(customer)) throw noSuch('customer', customer, 'customer');
  const promo = buildPromotionCode({
    code,
    coupon: coupon.id,
    active,
    customer,
    expiresAt: p.int('expires_at') ?? null,
    maxRedemptions: p.int('max_redemptions') ?? null,
    metadata: p.metadata(),
    firstTime: restrictions?.bool('first_time_transaction') ?? false,
    minimumAmount: restrictions?.int('minimum_amount') ?? null,
    minimumAmountCurrency: restrictions?.string('minimum_amount_currency')?.toLowerCase() ?? null,
  });
  emu.state.promotionCodes.set(promo.id, promo);
  return promo;
}

export function getPromotionCode(emu: Emulator, id: string, param = 'id'): PromotionCode {
  return mustGet(emu.state.promotionCodes, 'promotion_code', id, param);
}

/** `code` is matched case-insensitively, as Stripe documents for this filter. */
export function listPromotionCodes(emu: Emulator, req: ApiRequest) {
  const p = req.params.only(['code', 'active', 'coupon', 'customer', 'limit', 'starting_after', 'ending_before', 'created', 'expand']);
  const code = p.string('code');
  const active = p.bool('active');
  const coupon = p.string('coupon');
  const customer = p.string('customer');
  const all = [...emu.state.promotionCodes.values()].filter(
    (x) =>
      (code === undefined || sameCode(x.code, code)) &&
      (active === undefined || isActive(x) === active) &&
      (coupon === undefined || x.promotion.coupon === coupon) &&
      (customer === undefined || x.customer === customer),
  );
  const { data, hasMore } = page(all.map(refreshActive), p.int('limit'), p.string('starting_after'));
  return list('/v1/promotion_codes', data, hasMore);
}

/** A code past `expires_at` or `max_redemptions` is no longer active. */
function isActive(promo: PromotionCode): boolean {
  if (!promo.active) return false;
  if (promo.expires_at !== null && promo.expires_at <= now()) return false;
  return promo.max_redemptions === null || promo.times_redeemed < promo.max_redemptions;
}

function refreshActive(promo: PromotionCode): PromotionCode {
  if (promo.active && !isActive(promo)) promo.active = false;
  return promo;
}

export function findActivePromotionCode(emu: Emulator, code: string): PromotionCode | undefined {
  return [...emu.state.promotionCodes.values()].map(refreshActive).find((x) => x.active && sameCode(x.code, code));
}

function randomCode(): string {
  return Math.random().toString(36).slice(2, 10).toUpperCase();
}
