import 'server-only';
import type { Db } from '@/lib/db';
import type { OrderStatus } from '@/lib/db/schema';

/** Records a Checkout Session for a letter; a second call for the same session changes nothing. */
export async function recordCheckout(db: Db, o: { sessionId: string; letterId: string; now?: number }) {
  await db
    .insertInto('orders')
    .values({ stripe_session_id: o.sessionId, letter_id: o.letterId, status: 'open', amount_total: null, created_at: o.now ?? Date.now(), paid_at: null })
    .onConflict((oc) => oc.column('stripe_session_id').doNothing())
    .execute();
}

export async function isLetterPaid(db: Db, letterId: string): Promise<boolean> {
  return (await letterPayment(db, letterId)) === 'paid';
}

/** paid; pending (a checkout completed, the bank has not paid yet); or none, when the pay form may show. */
export async function letterPayment(db: Db, letterId: string): Promise<'paid' | 'pending' | 'none'> {
  const rows = await db.selectFrom('orders').select('status').where('letter_id', '=', letterId).where('status', 'in', ['paid', 'pending']).execute();
  if (rows.some((r) => r.status === 'paid')) return 'paid';
  return rows.length > 0 ? 'pending' : 'none';
}

export async function orderStatus(db: Db, sessionId: string): Promise<OrderStatus | undefined> {
  return (await db.selectFrom('orders').select('status').where('stripe_session_id', '=', sessionId).executeTakeFirst())?.status;
}

/** The letter's other sessions that could still be paid. */
export async function openSessions(db: Db, letterId: string, except: string): Promise<string[]> {
  const rows = await db
    .selectFrom('orders')
    .select('stripe_session_id')
    .where('letter_id', '=', letterId)
    .where('status', '=', 'open')
    .where('stripe_session_id', '<>', except)
    .execute();
  return rows.map((r) => r.stripe_session_id);
}

const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/**
 * Atomic: only the first caller for a session changes a row, however many run at once; and a unique index
 * lets only one order per letter be paid, so a second paid session comes back as 'duplicate'.
 */
export async function markPaid(
  db: Db,
  sessionId: string,
  letterId: string,
  amountTotal: number | null,
  now = Date.now(),
): Promise<'changed' | 'unchanged' | 'duplicate'> {
  try {
    const result = await db
      .updateTable('orders')
      .set({ status: 'paid', paid_at: now, amount_total: amountTotal })
      .where('stripe_session_id', '=', sessionId)
      .where('letter_id', '=', letterId)
      .where('status', 'in', ['open', 'pending', 'expired', 'failed'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return 'changed';
    return (await orderStatus(db, sessionId)) === 'refunded' ? 'duplicate' : 'unchanged';
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}

export async function markPending(db: Db, sessionId: string): Promise<void> {
  await db.updateTable('orders').set({ status: 'pending' }).where('stripe_session_id', '=', sessionId).where('status', '=', 'open').execute();
}

export async function markRefunded(db: Db, sessionId: string, amountTotal: number | null): Promise<void> {
  await db
    .updateTable('orders')
    .set({ status: 'refunded', amount_total: amountTotal })
    .where('stripe_session_id', '=', sessionId)
    .where('status', '<>', 'paid')
    .execute();
}

export async function markUnpaid(db: Db, sessionId: string, status: 'failed' | 'expired'): Promise<void> {
  const from: OrderStatus[] = status === 'failed' ? ['open', 'pending'] : ['open'];
  await db.updateTable('orders').set({ status }).where('stripe_session_id', '=', sessionId).where('status', 'in', from).execute();
}

/** Claims a webhook event id; false when it was already processed (a replay). */
export async function claimEvent(db: Db, id: string, type: string, now = Date.now()): Promise<boolean> {
  const result = await db
    .insertInto('stripe_events')
    .values({ id, type, received_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function releaseEvent(db: Db, id: string): Promise<void> {
  await db.deleteFrom('stripe_events').where('id', '=', id).execute();
}
