import Stripe from 'stripe';
import { newId, now, randomChars } from './ids';

/**
 * Builders for the objects the emulator returns. Field lists follow /work/shared/stripe/object-shapes.json
 * (Stripe's published fixtures); price and product, which that file lacks, follow the stripe@23 types.
 */
type Metadata = Record<string, string>;

export function buildCustomer(o: { email: string | null; name?: string | null; description?: string | null; phone?: string | null; metadata?: Metadata }) {
  return {
    address: null,
    balance: 0,
    created: now(),
    currency: null as string | null,
    default_source: null,
    delinquent: false,
    description: o.description ?? null,
    discount: null,
    email: o.email,
    id: newId('cus', 14),
    invoice_prefix: randomChars(8, '0123456789ABCDEF'),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: o.metadata ?? {},
    name: o.name ?? null,
    next_invoice_sequence: 1,
    object: 'customer' as const,
    phone: o.phone ?? null,
    preferred_locales: [] as string[],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
}
export type Customer = ReturnType<typeof buildCustomer>;

export function buildProduct(o: { id?: string; name: string; description?: string | null; active?: boolean; metadata?: Metadata }) {
  const created = now();
  return {
    id: o.id ?? newId('prod', 14),
    object: 'product' as const,
    active: o.active ?? true,
    created,
    default_price: null as string | null,
    description: o.description ?? null,
    images: [] as string[],
    livemode: false,
    marketing_features: [] as { name: string }[],
    metadata: o.metadata ?? {},
    name: o.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: created,
    url: null,
  };
}
export type Product = ReturnType<typeof buildProduct>;

export function buildPrice(o: {
  product: string;
  currency: string;
  unitAmount: number;
  lookupKey?: string | null;
  nickname?: string | null;
  active?: boolean;
  metadata?: Metadata;
}) {
  return {
    id: newId('price'),
    object: 'price' as const,
    active: o.active ?? true,
    billing_scheme: 'per_unit',
    created: now(),
    currency: o.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: o.lookupKey ?? null,
    metadata: o.metadata ?? {},
    nickname: o.nickname ?? null,
    product: o.product,
    recurring: null,
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'one_time',
    unit_amount: o.unitAmount,
    unit_amount_decimal: String(o.unitAmount),
  };
}
export type Price = ReturnType<typeof buildPrice>;

export function buildCoupon(o: {
  id?: string;
  amountOff: number | null;
  percentOff: number | null;
  currency: string | null;
  duration: string;
  durationInMonths: number | null;
  name: string | null;
  maxRedemptions: number | null;
  redeemBy: number | null;
  metadata: Metadata;
}) {
  return {
    amount_off: o.amountOff,
    created: now(),
    currency: o.currency,
    duration: o.duration,
    duration_in_months: o.durationInMonths,
    id: o.id ?? randomChars(8, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    livemode: false,
    max_redemptions: o.maxRedemptions,
    metadata: o.metadata,
    name: o.name,
    object: 'coupon' as const,
    percent_off: o.percentOff,
    redeem_by: o.redeemBy,
    times_redeemed: 0,
    valid: true,
  };
}
export type Coupon = ReturnType<typeof buildCoupon>;

export function buildPromotionCode(o: {
  code: string;
  coupon: string;
  active: boolean;
  customer: string | null;
  expiresAt: number | null;
  maxRedemptions: number | null;
  metadata: Metadata;
  firstTime: boolean;
  minimumAmount: number | null;
  minimumAmountCurrency: string | null;
}) {
  return {
    active: o.active,
    code: o.code,
    created: now(),
    customer: o.customer,
    expires_at: o.expiresAt,
    id: newId('promo'),
    livemode: false,
    max_redemptions: o.maxRedemptions,
    metadata: o.metadata,
    object: 'promotion_code' as const,
    restrictions: { first_time_transaction: o.firstTime, minimum_amount: o.minimumAmount, minimum_amount_currency: o.minimumAmountCurrency },
    times_redeemed: 0,
    promotion: { coupon: o.coupon, type: 'coupon' },
    customer_account: null,
  };
}
export type PromotionCode = ReturnType<typeof buildPromotionCode>;

export type PaymentMethodChoice = 'card' | 'bank_debit';

export function buildPaymentIntent(o: {
  amount: number;
  currency: string;
  customer: string | null;
  method: PaymentMethodChoice;
  metadata: Metadata;
  description: string | null;
}) {
  const id = newId('pi');
  const paid = o.method === 'card';
  return {
    amount: o.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: paid ? o.amount : 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: `${id}_secret_${randomChars(25)}`,
    confirmation_method: 'automatic',
    created: now(),
    currency: o.currency,
    customer: o.customer,
    description: o.description,
    id,
    last_payment_error: null as { type: string; message: string } | null,
    latest_charge: null,
    livemode: false,
    metadata: o.metadata,
    next_action: null,
    object: 'payment_intent' as const,
    on_behalf_of: null,
    payment_method: newId('pm'),
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: [paid ? 'card' : 'us_bank_account'],
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    source: null,
    status: (paid ? 'succeeded' : 'processing') as 'succeeded' | 'processing' | 'requires_payment_method',
    transfer_data: null,
    transfer_group: null,
    excluded_payment_method_types: null,
    customer_account: null,
    managed_payments: { enabled: false },
  };
}
export type PaymentIntent = ReturnType<typeof buildPaymentIntent>;

export function buildEvent(type: string, object: unknown, request: { id: string | null; idempotency_key: string | null }) {
  return {
    api_version: Stripe.API_VERSION as string,
    created: now(),
    data: { object: structuredClone(object) },
    id: newId('evt'),
    livemode: false,
    object: 'event' as const,
    pending_webhooks: 1,
    request,
    type,
  };
}
export type StripeEvent = ReturnType<typeof buildEvent>;

export function list<T>(url: string, data: T[], hasMore = false) {
  return { object: 'list' as const, data, has_more: hasMore, url };
}
