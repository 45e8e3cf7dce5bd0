import { sql, type Kysely } from 'kysely';

// State several servers share: rate-limit counters (rate-limiter-flexible's own table layout) and the
// Next.js cache of on-demand pages. Neither holds health information. Both are used on PostgreSQL only;
// a single SQLite server keeps them in memory and on its disk.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .ifNotExists()
    .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
  await db.schema
    .createTable('next_cache')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_modified', 'bigint', (c) => c.notNull())
    .execute();
  // One paid order per letter: a second payment for the same letter is never recorded as paid (it is refunded).
  // Second payments taken before this check are kept as 'duplicate', for a refund by hand.
  await sql`update orders set status = 'duplicate' where status = 'paid' and exists (
    select 1 from orders o2 where o2.letter_id = orders.letter_id and o2.status = 'paid'
      and (o2.paid_at < orders.paid_at or (o2.paid_at = orders.paid_at and o2.stripe_session_id < orders.stripe_session_id)))`.execute(db);
  await db.schema
    .createIndex('orders_one_paid_per_letter')
    .on('orders')
    .column('letter_id')
    .unique()
    .where(sql<boolean>`status = 'paid'`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('orders_one_paid_per_letter').execute();
  await db.schema.dropTable('next_cache').execute();
  await db.schema.dropTable('rate_limits').execute();
}
