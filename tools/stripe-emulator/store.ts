import type { Coupon, Customer, PaymentIntent, PaymentMethodChoice, Price, Product, PromotionCode, StripeEvent } from './objects';
import type { Refund } from './api-refunds';
import type { CheckoutSession, LineItem } from './session-object';

/** What the emulator remembers about a session beyond the Stripe object itself. */
export type SessionRecord = {
  session: CheckoutSession;
  lineItems: LineItem[];
  paymentMethod: PaymentMethodChoice | null;
  paymentIntentData: { metadata: Record<string, string>; description: string | null };
};

export type Delivery = {
  event_id: string;
  type: string;
  url: string;
  status: number | null;
  error: string | null;
  delivered_at: number;
};

export type StoredReply = { fingerprint: string; status: number; body: string };

export type EmulatorState = {
  customers: Map<string, Customer>;
  products: Map<string, Product>;
  prices: Map<string, Price>;
  coupons: Map<string, Coupon>;
  promotionCodes: Map<string, PromotionCode>;
  sessions: Map<string, SessionRecord>;
  paymentIntents: Map<string, PaymentIntent>;
  refunds: Map<string, Refund>;
  events: Map<string, StripeEvent>;
  deliveries: Delivery[];
  idempotency: Map<string, StoredReply>;
};

export function createState(): EmulatorState {
  return {
    customers: new Map(),
    products: new Map(),
    prices: new Map(),
    coupons: new Map(),
    promotionCodes: new Map(),
    sessions: new Map(),
    paymentIntents: new Map(),
    refunds: new Map(),
    events: new Map(),
    deliveries: [],
    idempotency: new Map(),
  };
}

export function resetState(state: EmulatorState): void {
  const fresh = createState();
  Object.assign(state, fresh);
}

/** A JSON-friendly snapshot for GET /__emulator/state. */
export function dumpState(state: EmulatorState) {
  return {
    customers: [...state.customers.values()],
    products: [...state.products.values()],
    prices: [...state.prices.values()],
    coupons: [...state.coupons.values()],
    promotion_codes: [...state.promotionCodes.values()],
    checkout_sessions: [...state.sessions.values()].map((r) => ({ ...r.session, line_items: r.lineItems, emulator_payment_method: r.paymentMethod })),
    payment_intents: [...state.paymentIntents.values()],
    refunds: [...state.refunds.values()],
    events: [...state.events.values()],
    deliveries: state.deliveries,
  };
}

/** Stripe's "successful payments" test for first-time promotion codes: any paid session of this customer. */
export function hasPriorPayment(state: EmulatorState, customerId: string): boolean {
  for (const { session } of state.sessions.values()) if (session.customer === customerId && session.payment_status === 'paid') return true;
  return false;
}

/** Newest first, as Stripe lists; `limit` 1–100 (default 10) and `starting_after` cursor. */
export function page<T extends { id: string }>(items: T[], limit: number | undefined, startingAfter: string | undefined): { data: T[]; hasMore: boolean } {
  const ordered = [...items].reverse();
  const start = startingAfter ? ordered.findIndex((item) => item.id === startingAfter) + 1 : 0;
  const size = Math.min(Math.max(limit ?? 10, 1), 100);
  const data = ordered.slice(start, start + size);
  return { data, hasMore: start + size < ordered.length };
}
