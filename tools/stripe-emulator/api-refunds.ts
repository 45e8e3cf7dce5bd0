import type { ApiRequest, Emulator } from './context';
import { ApiError, mustGet } from './errors';
import { newId, now } from './ids';
import { emit } from './webhooks';

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'];

export function buildRefund(o: { amount: number; currency: string; paymentIntent: string; reason: string | null; metadata: Record<string, string> }) {
  return {
    amount: o.amount,
    balance_transaction: null,
    charge: null,
    created: now(),
    currency: o.currency,
    destination_details: null,
    id: newId('re'),
    metadata: o.metadata,
    object: 'refund' as const,
    payment_intent: o.paymentIntent,
    reason: o.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}
export type Refund = ReturnType<typeof buildRefund>;

const refunded = (emu: Emulator, paymentIntent: string) =>
  [...emu.state.refunds.values()].filter((r) => r.payment_intent === paymentIntent).reduce((sum, r) => sum + r.amount, 0);

/** POST /v1/refunds: a full or partial refund of a succeeded PaymentIntent, never more than was received. */
export async function createRefund(emu: Emulator, req: ApiRequest) {
  const p = req.params.only(['payment_intent', 'amount', 'reason', 'metadata', 'expand']);
  const pi = mustGet(emu.state.paymentIntents, 'payment_intent', p.requiredString('payment_intent'), 'payment_intent');
  if (pi.status !== 'succeeded')
    throw new ApiError(400, `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, 'charge_not_refundable', 'payment_intent');
  const left = pi.amount_received - refunded(emu, pi.id);
  const amount = p.int('amount') ?? left;
  if (amount <= 0 || amount > left)
    throw new ApiError(400, `Refund amount (${amount}) is greater than unrefunded amount on charge (${left}).`, 'amount_too_large', 'amount');
  const reason = p.string('reason') ?? null;
  if (reason !== null && !REASONS.includes(reason))
    throw new ApiError(400, `Invalid reason: must be one of ${REASONS.join(', ')}`, 'parameter_invalid', 'reason');
  const refund = buildRefund({ amount, currency: pi.currency, paymentIntent: pi.id, reason, metadata: p.metadata() });
  emu.state.refunds.set(refund.id, refund);
  await emit(emu, 'refund.created', refund, { id: req.requestId, idempotency_key: req.idempotencyKey });
  return refund;
}
