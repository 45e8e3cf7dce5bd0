import { newId, now } from './ids';
import type { Price } from './objects';

/** The Checkout Session and its line items, field for field as in object-shapes.json "checkout.session". */
export function buildLineItem(price: Price, quantity: number, description: string) {
  const amount = (price.unit_amount ?? 0) * quantity;
  return {
    id: newId('li'),
    object: 'item' as const,
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: price.currency,
    description,
    metadata: {} as Record<string, string>,
    price,
    quantity,
  };
}
export type LineItem = ReturnType<typeof buildLineItem>;

/**
 * One entry of `session.discounts`, in the shape the brief asked for. stripe@23 types declare only `coupon` and
 * `promotion_code`; `source` mirrors the standalone Discount object (`discount.source.coupon`, clover API).
 */
export type SessionDiscount = { coupon: string | null; promotion_code: string | null; source: { coupon: string; type: 'coupon' } };

export function buildCustomerDetails(email: string) {
  return {
    address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
    email,
    name: null,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [] as unknown[],
    business_name: null,
    individual_name: null,
  };
}

export type SessionInit = {
  id: string;
  url: string;
  currency: string;
  amountSubtotal: number;
  amountDiscount: number;
  discounts: SessionDiscount[];
  allowPromotionCodes: boolean | null;
  cancelUrl: string | null;
  successUrl: string;
  clientReferenceId: string | null;
  customer: string | null;
  customerCreation: 'always' | 'if_required' | null;
  customerEmail: string | null;
  expiresAt: number;
  locale: string | null;
  metadata: Record<string, string>;
  submitType: string | null;
};

export function buildSession(o: SessionInit) {
  return {
    after_expiration: null,
    allow_promotion_codes: o.allowPromotionCodes,
    amount_subtotal: o.amountSubtotal,
    amount_total: o.amountSubtotal - o.amountDiscount,
    automatic_tax: { enabled: false, liability: null, status: null, provider: null },
    billing_address_collection: null,
    cancel_url: o.cancelUrl,
    client_reference_id: o.clientReferenceId,
    client_secret: null,
    consent: null,
    consent_collection: null,
    created: now(),
    currency: o.currency,
    custom_fields: [] as unknown[],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: o.customer,
    customer_creation: o.customerCreation,
    customer_details: null as ReturnType<typeof buildCustomerDetails> | null,
    customer_email: o.customerEmail,
    expires_at: o.expiresAt,
    id: o.id,
    invoice: null,
    invoice_creation: {
      enabled: false,
      invoice_data: {
        account_tax_ids: null,
        custom_fields: null,
        description: null,
        footer: null,
        issuer: null,
        metadata: {},
        rendering_options: null,
      },
    },
    livemode: false,
    locale: o.locale,
    metadata: o.metadata,
    mode: 'payment' as const,
    object: 'checkout.session' as const,
    payment_intent: null as string | null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card', 'us_bank_account'],
    payment_status: 'unpaid' as 'paid' | 'unpaid' | 'no_payment_required',
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [] as unknown[],
    status: 'open' as 'open' | 'complete' | 'expired',
    submit_type: o.submitType,
    subscription: null,
    success_url: o.successUrl,
    total_details: { amount_discount: o.amountDiscount, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page',
    url: o.url as string | null,
    adaptive_pricing: { enabled: false },
    discounts: o.discounts,
    collected_information: null,
    permissions: null,
    wallet_options: null,
    origin_context: null,
    currency_conversion: null,
    customer_account: null,
    integration_identifier: null,
    managed_payments: { enabled: false },
  };
}
export type CheckoutSession = ReturnType<typeof buildSession>;
