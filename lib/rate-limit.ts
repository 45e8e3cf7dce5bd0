import 'server-only';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getDb, postgresPool } from '@/lib/db';
import { env } from '@/lib/env';

/**
 * Fixed-window limits per client per hour (rate-limiter-flexible). With DATABASE_URL the counters live in
 * PostgreSQL, so every server counts the same client together; a single SQLite server counts in memory.
 */
export type LimitName = 'letters' | 'checkouts';

const WINDOW_SECONDS = 60 * 60;
const points = (name: LimitName) => (name === 'letters' ? env().RATE_LIMIT_LETTERS : env().RATE_LIMIT_CHECKOUTS);

// On globalThis, so the proxy and the pages (separate bundles in one process) share one in-memory count.
const registry = globalThis as { [key: symbol]: Map<LimitName, Promise<RateLimiterAbstract>> | undefined };
const KEY = Symbol.for('denialhelp.rate-limiters');

async function create(name: LimitName): Promise<RateLimiterAbstract> {
  const pool = postgresPool(await getDb());
  const options = { keyPrefix: name, points: points(name), duration: WINDOW_SECONDS };
  // The table comes from our migrations (0003), so servers starting together never race to create it.
  return pool ? new RateLimiterPostgres({ ...options, storeClient: pool, tableName: 'rate_limits', tableCreated: true }) : new RateLimiterMemory(options);
}

function limiter(name: LimitName): Promise<RateLimiterAbstract> {
  const map = (registry[KEY] ??= new Map());
  let l = map.get(name);
  if (!l) {
    l = create(name);
    map.set(name, l);
  }
  return l;
}

export type Hit = { ok: true } | { ok: false; retryAfterSeconds: number };

const refused = (res: RateLimiterRes): Hit => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) });

/** Counts one attempt; refused once the client has used the hour's allowance. */
export async function hit(name: LimitName, client: string): Promise<Hit> {
  try {
    await (await limiter(name)).consume(client);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return refused(error);
    throw error;
  }
}

/** Whether the client is already over the limit, without counting (the proxy's early 429). */
export async function peek(name: LimitName, client: string): Promise<Hit> {
  const res = await (await limiter(name)).get(client);
  return res && res.consumedPoints >= points(name) ? refused(res) : { ok: true };
}

export const rateLimitMessage = (what: string, seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `You have ${what} many times in the last hour. Please wait about ${minutes} minute${minutes === 1 ? '' : 's'} and try again; nothing you typed was lost.`;
};
