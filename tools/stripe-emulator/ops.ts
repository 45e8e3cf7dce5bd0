import { jsonReply, type Emulator, type Reply } from './context';
import { ApiError } from './errors';
import { settleAsyncPayment } from './session-actions';
import { dumpState, resetState } from './store';
import { deliver } from './webhooks';

/**
 * Test and operations endpoints under /__emulator/ (not Stripe's API): settle bank debits, replay an event,
 * dump or reset the state.
 */
export async function handleOps(emu: Emulator, method: string, path: string): Promise<Reply | null> {
  if (method === 'GET' && path === '/__emulator/state') return jsonReply(200, dumpState(emu.state));
  if (method === 'POST' && path === '/__emulator/reset') {
    resetState(emu.state);
    return jsonReply(200, { reset: true });
  }
  const settle = /^\/__emulator\/sessions\/([^/]+)\/async_payment_(succeeded|failed)$/.exec(path);
  if (method === 'POST' && settle) {
    const record = emu.state.sessions.get(settle[1] as string);
    if (!record) throw new ApiError(404, `No such checkout.session: '${settle[1]}'`, 'resource_missing', 'session');
    const s = record.session;
    if (s.status !== 'complete' || s.payment_status !== 'unpaid' || record.paymentMethod !== 'bank_debit') {
      throw new ApiError(
        400,
        `Only a completed bank-debit session awaiting payment can be settled (status ${s.status}, payment_status ${s.payment_status}).`,
        'session_not_pending',
      );
    }
    const { event, delivery } = await settleAsyncPayment(emu, record, settle[2] === 'succeeded');
    return jsonReply(200, { session: s, event_id: event.id, delivery });
  }
  const resend = /^\/__emulator\/events\/([^/]+)\/resend$/.exec(path);
  if (method === 'POST' && resend) {
    const event = emu.state.events.get(resend[1] as string);
    if (!event) throw new ApiError(404, `No such event: '${resend[1]}'`, 'resource_missing', 'id');
    const delivery = await deliver(emu, event);
    return jsonReply(200, { event_id: event.id, delivery });
  }
  return null;
}
