import type { Db } from '@/lib/db';

export async function recordCheckout(db: Db, o: { sessionId: string; letterId: string; now?: number }) {
  await db.insertInto('orders').values({ stripe_session_id: o.sessionId, letter_id: o.letterId, status: 'open', amount_total: null, created_at: o.now ?? Date.now(), paid_at: null }).execute();
}

export async function isLetterPaid(db: Db, letterId: string): Promise<boolean> {
  const row = await db.selectFrom('orders').select('stripe_session_id').where('letter_id', '=', letterId).where('status', '=', 'paid').executeTakeFirst();
  return !!row;
}

/** Atomic: only the first caller for a session changes a row, however many run at once. */
export async function markPaid(db: Db, sessionId: string, letterId: string, amountTotal: number | null, now = Date.now()): Promise<boolean> {
  const result = await db
    .updateTable('orders')
    .set({ status: 'paid', paid_at: now, amount_total: amountTotal })
    .where('stripe_session_id', '=', sessionId)
    .where('letter_id', '=', letterId)
    .where('status', '<>', 'paid')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markUnpaid(db: Db, sessionId: string, status: 'failed' | 'expired'): Promise<void> {
  await db.updateTable('orders').set({ status }).where('stripe_session_id', '=', sessionId).where('status', '=', 'open').execute();
}

/** Claims a webhook event id; false when it was already processed (a replay). */
export async function claimEvent(db: Db, id: string, type: string, now = Date.now()): Promise<boolean> {
  const result = await db.insertInto('stripe_events').values({ id, type, received_at: now }).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function releaseEvent(db: Db, id: string): Promise<void> {
  await db.deleteFrom('stripe_events').where('id', '=', id).execute();
}
