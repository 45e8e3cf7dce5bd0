import { getCustomer } from './api-customers';
import { getCoupon, getPromotionCode } from './api-discounts';
import { hostedPageUrl, type ApiRequest, type Emulator } from './context';
import { applyCoupon, applyPromotionCode, type Applied } from './discount-rules';
import { exclusive, invalid, mustGet } from './errors';
import { now, randomChars } from './ids';
import { list } from './objects';
import type { Params } from './params';
import { expireIfDue, expireSession } from './session-actions';
import { buildSession, type LineItem } from './session-object';
import { IGNORED_SESSION_PARAMS, UNMODELLED_SESSION_PARAMS, isEmail, parseLineItems, parseUrl, unmodelled } from './session-params';
import type { SessionRecord } from './store';

const SUPPORTED = [
  'allow_promotion_codes',
  'cancel_url',
  'client_reference_id',
  'customer',
  'customer_creation',
  'customer_email',
  'discounts',
  'expand',
  'expires_at',
  'line_items',
  'locale',
  'metadata',
  'mode',
  'payment_intent_data',
  'submit_type',
  'success_url',
  'ui_mode',
];
const MIN_LIFETIME = 30 * 60;
const MAX_LIFETIME = 24 * 60 * 60;
const CLOCK_SLACK = 10;

export function createSession(emu: Emulator, req: ApiRequest) {
  const p = req.params;
  for (const key of UNMODELLED_SESSION_PARAMS) if (p.has(key)) throw unmodelled(key);
  p.only([...SUPPORTED, ...IGNORED_SESSION_PARAMS]);
  const mode = p.oneOf('mode', ['payment', 'setup', 'subscription'] as const) ?? 'payment';
  if (mode !== 'payment') throw unmodelled(`mode=${mode}`);
  const uiMode = p.oneOf('ui_mode', ['hosted_page', 'hosted', 'embedded_page', 'elements', 'form'] as const);
  if (uiMode !== undefined && uiMode !== 'hosted_page' && uiMode !== 'hosted') throw unmodelled(`ui_mode=${uiMode}`);
  if (p.has('allow_promotion_codes') && p.has('discounts')) throw exclusive('allow_promotion_codes', 'discounts');
  if (p.has('customer') && p.has('customer_email')) throw exclusive('customer', 'customer_email');
  if (p.has('customer') && p.has('customer_creation')) throw exclusive('customer', 'customer_creation');

  const lineItems = parseLineItems(emu, p);
  const customerId = p.string('customer') ?? null;
  if (customerId !== null) getCustomer(emu, customerId, 'customer');
  const customerEmail = p.string('customer_email') ?? null;
  if (customerEmail !== null && !isEmail(customerEmail)) throw invalid(`Invalid email address: ${customerEmail}`, 'customer_email', 'email_invalid');
  const customerCreation = p.oneOf('customer_creation', ['always', 'if_required'] as const) ?? null;
  const successUrl = parseUrl(p, 'success_url', true) as string;
  const cancelUrl = parseUrl(p, 'cancel_url', false);
  const created = now();
  const expiresAt = p.int('expires_at') ?? created + MAX_LIFETIME;
  if (expiresAt < created + MIN_LIFETIME - CLOCK_SLACK)
    throw invalid('The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.', 'expires_at');
  if (expiresAt > created + MAX_LIFETIME + CLOCK_SLACK)
    throw invalid('The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.', 'expires_at');
  const clientReferenceId = p.string('client_reference_id') ?? null;
  if (clientReferenceId !== null && clientReferenceId.length > 200) throw invalid('client_reference_id must be at most 200 characters.', 'client_reference_id');
  const pid = p.object('payment_intent_data');
  pid?.only(['metadata', 'description']);

  const currency = (lineItems[0] as LineItem).currency;
  const subtotal = lineItems.reduce((sum, li) => sum + li.amount_subtotal, 0);
  const applied = preApplied(emu, p, { subtotal, currency, customerId, guest: customerId === null && customerCreation !== 'always' });
  const id = `cs_test_a1${randomChars(56)}`;
  const session = buildSession({
    id,
    url: hostedPageUrl(emu, id),
    currency,
    amountSubtotal: subtotal,
    amountDiscount: applied?.amount ?? 0,
    discounts: applied ? [applied.discount] : [],
    allowPromotionCodes: p.bool('allow_promotion_codes') ?? null,
    cancelUrl,
    successUrl,
    clientReferenceId,
    customer: customerId,
    customerCreation,
    customerEmail,
    expiresAt,
    locale: p.string('locale') ?? null,
    metadata: p.metadata(),
    submitType: p.string('submit_type') ?? null,
  });
  const record: SessionRecord = {
    session,
    lineItems,
    paymentMethod: null,
    paymentIntentData: { metadata: pid?.metadata() ?? {}, description: pid?.string('description') ?? null },
  };
  emu.state.sessions.set(id, record);
  return render(emu, record, p.strings('expand'));
}

/** `discounts=[{promotion_code}|{coupon}]`, at most one, checked now as Stripe does (stripe-node#1318). */
function preApplied(emu: Emulator, p: Params, o: { subtotal: number; currency: string; customerId: string | null; guest: boolean }): Applied | null {
  const discounts = p.objects('discounts');
  if (discounts.length === 0) return null;
  if (discounts.length > 1) throw invalid('You may only specify one discount.', 'discounts');
  const d = (discounts[0] as Params).only(['coupon', 'promotion_code']);
  if (d.has('coupon') && d.has('promotion_code')) throw exclusive(d.path('coupon'), d.path('promotion_code'));
  const promoId = d.string('promotion_code');
  const result = promoId
    ? applyPromotionCode(emu, getPromotionCode(emu, promoId, d.path('promotion_code')), o)
    : applyCoupon(getCoupon(emu, d.requiredString('coupon'), d.path('coupon')), o.subtotal, o.currency);
  if (!result.ok) throw invalid(result.message, 'discounts');
  return result;
}

export async function findSession(emu: Emulator, id: string): Promise<SessionRecord> {
  const record = mustGet(emu.state.sessions, 'checkout.session', id, 'session');
  await expireIfDue(emu, record);
  return record;
}

export async function retrieveSession(emu: Emulator, req: ApiRequest, id: string) {
  const record = await findSession(emu, id);
  return render(emu, record, req.params.only(['expand']).strings('expand'));
}

export async function expireSessionApi(emu: Emulator, req: ApiRequest, id: string) {
  const record = await findSession(emu, id);
  if (record.session.status !== 'open')
    throw invalid(
      `Only Checkout Sessions with a status of \`open\` can be expired. This Checkout Session has a status of \`${record.session.status}\`.`,
      'session',
    );
  await expireSession(emu, record, { id: req.requestId, idempotency_key: req.idempotencyKey });
  return render(emu, record, req.params.only(['expand']).strings('expand'));
}

export async function listLineItems(emu: Emulator, req: ApiRequest, id: string) {
  const record = await findSession(emu, id);
  req.params.only(['limit', 'starting_after', 'ending_before', 'expand']);
  return list(`/v1/checkout/sessions/${id}/line_items`, record.lineItems);
}

/** The session as Stripe returns it, with `line_items`, `customer` and `payment_intent` expandable. */
function render(emu: Emulator, record: SessionRecord, expand: string[]) {
  const out: Record<string, unknown> = structuredClone(record.session);
  for (const field of expand) {
    if (field === 'line_items') out.line_items = list(`/v1/checkout/sessions/${record.session.id}/line_items`, structuredClone(record.lineItems));
    else if (field === 'customer') out.customer = record.session.customer ? (emu.state.customers.get(record.session.customer) ?? null) : null;
    else if (field === 'payment_intent')
      out.payment_intent = record.session.payment_intent ? (emu.state.paymentIntents.get(record.session.payment_intent) ?? null) : null;
    else throw invalid(`This property cannot be expanded (${field}).`, 'expand');
  }
  return out;
}
