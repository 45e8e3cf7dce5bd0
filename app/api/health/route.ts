import { sql } from 'kysely';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** For the load balancer: 200 when this server can reach its database, 503 when it cannot (take it out). */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json' };
  try {
    await sql`select 1`.execute(await getDb());
    return new Response(JSON.stringify({ status: 'ok', database: 'ok' }), { headers });
  } catch (error) {
    log.error('health.database_unreachable', { error });
    return new Response(JSON.stringify({ status: 'unavailable', database: 'unreachable' }), { status: 503, headers });
  }
}
