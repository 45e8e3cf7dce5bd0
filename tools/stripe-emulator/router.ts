import type { IncomingHttpHeaders } from 'node:http';
import Stripe from 'stripe';
import { createPrice, createProduct, getPrice, getProduct, listPrices, listProducts } from './api-catalog';
import { createCustomer, getCustomer, listCustomers } from './api-customers';
import { createCoupon, createPromotionCode, getCoupon, getPromotionCode, listPromotionCodes } from './api-discounts';
import { createRefund } from './api-refunds';
import { createSession, expireSessionApi, listLineItems, retrieveSession } from './api-sessions';
import { jsonReply, type ApiRequest, type Emulator, type Reply } from './context';
import { ApiError, mustGet } from './errors';
import { parseForm } from './form';
import { requestId } from './ids';
import { Params } from './params';

type Handler = (emu: Emulator, req: ApiRequest, id: string) => unknown;

const byId =
  (get: (emu: Emulator, id: string) => unknown): Handler =>
  (emu, req, id) => {
    req.params.only(['expand']);
    return get(emu, id);
  };

const ROUTES: [string, RegExp, Handler][] = [
  ['POST', /^\/v1\/customers$/, createCustomer],
  ['GET', /^\/v1\/customers$/, listCustomers],
  ['GET', /^\/v1\/customers\/([^/]+)$/, byId(getCustomer)],
  ['POST', /^\/v1\/products$/, createProduct],
  ['GET', /^\/v1\/products$/, listProducts],
  ['GET', /^\/v1\/products\/([^/]+)$/, byId(getProduct)],
  ['POST', /^\/v1\/prices$/, createPrice],
  ['GET', /^\/v1\/prices$/, listPrices],
  ['GET', /^\/v1\/prices\/([^/]+)$/, byId(getPrice)],
  ['POST', /^\/v1\/coupons$/, createCoupon],
  ['GET', /^\/v1\/coupons\/([^/]+)$/, byId(getCoupon)],
  ['POST', /^\/v1\/promotion_codes$/, createPromotionCode],
  ['GET', /^\/v1\/promotion_codes$/, listPromotionCodes],
  ['GET', /^\/v1\/promotion_codes\/([^/]+)$/, byId(getPromotionCode)],
  ['POST', /^\/v1\/checkout\/sessions$/, createSession],
  ['GET', /^\/v1\/checkout\/sessions\/([^/]+)$/, (emu, req, id) => retrieveSession(emu, req, id)],
  ['POST', /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, (emu, req, id) => expireSessionApi(emu, req, id)],
  ['GET', /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/, (emu, req, id) => listLineItems(emu, req, id)],
  ['GET', /^\/v1\/payment_intents\/([^/]+)$/, byId((emu, id) => mustGet(emu.state.paymentIntents, 'payment_intent', id))],
  ['POST', /^\/v1\/refunds$/, createRefund],
  ['GET', /^\/v1\/refunds\/([^/]+)$/, byId((emu, id) => mustGet(emu.state.refunds, 'refund', id))],
  ['GET', /^\/v1\/events\/([^/]+)$/, byId((emu, id) => mustGet(emu.state.events, 'event', id))],
];

const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

/** Bearer (what the SDK sends) or Basic (`curl -u sk_test_…:`); only test-mode secret or restricted keys. */
function checkAuth(headers: IncomingHttpHeaders): void {
  const auth = headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1];
  const basic = /^Basic\s+(\S+)\s*$/i.exec(auth)?.[1];
  const key = bearer ?? (basic ? Buffer.from(basic, 'base64').toString('utf8').split(':')[0] : undefined);
  if (!key) throw new ApiError(401, NO_KEY);
  if (!/^(sk|rk)_test_[A-Za-z0-9_]+$/.test(key)) {
    const masked = key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(Math.min(key.length - 12, 20))}${key.slice(-4)}` : '****';
    throw new ApiError(401, `Invalid API Key provided: ${masked} (the Stripe emulator accepts test-mode keys only: sk_test_…)`);
  }
}

function idempotencyMismatch(key: string): ApiError {
  const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`;
  return new ApiError(400, message, undefined, undefined, 'idempotency_error');
}

/**
 * Serves /v1: auth, form decoding, routing, and Stripe's idempotency (same key and same request replays the
 * first response; the same key with other parameters is an `idempotency_error`).
 */
export async function handleApi(emu: Emulator, method: string, path: string, query: string, rawBody: string, headers: IncomingHttpHeaders): Promise<Reply> {
  const reqId = requestId();
  const base = { 'Request-Id': reqId, 'Stripe-Version': String(headers['stripe-version'] ?? Stripe.API_VERSION) };
  const idempotencyKey = method === 'POST' && typeof headers['idempotency-key'] === 'string' ? headers['idempotency-key'] : null;
  try {
    checkAuth(headers);
    const route = ROUTES.find(([m, re]) => m === method && re.test(path));
    if (!route)
      throw new ApiError(
        404,
        `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      );
    const fingerprint = `${method} ${path} ${rawBody}`;
    const stored = idempotencyKey ? emu.state.idempotency.get(idempotencyKey) : undefined;
    if (idempotencyKey && stored) {
      if (stored.fingerprint !== fingerprint) throw idempotencyMismatch(idempotencyKey);
      return {
        status: stored.status,
        body: stored.body,
        headers: { 'Content-Type': 'application/json', ...base, 'Idempotency-Key': idempotencyKey, 'Idempotent-Replayed': 'true' },
      };
    }
    const body = parseForm(method === 'GET' ? query : rawBody);
    const id = decodeURIComponent(route[1].exec(path)?.[1] ?? '');
    const req: ApiRequest = { method, path, body, params: new Params(body), headers, requestId: reqId, idempotencyKey };
    const result = await route[2](emu, req, id);
    const reply = jsonReply(200, result, { ...base, ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}) });
    if (idempotencyKey) emu.state.idempotency.set(idempotencyKey, { fingerprint, status: reply.status, body: reply.body });
    return reply;
  } catch (error) {
    if (error instanceof ApiError) return jsonReply(error.status, error.toJSON(), base);
    throw error;
  }
}
