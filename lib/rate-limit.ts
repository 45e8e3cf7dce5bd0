/**
 * A fixed-window rate limit per client, in this process's memory. Enough for one server; several servers
 * behind a load balancer each keep their own count (a shared store would be the next step).
 */
type Window = { start: number; count: number };
const windows = new Map<string, Window>();

export type Limit = { name: string; max: number; windowMs: number };

export const LIMITS = {
  createLetter: { name: 'letters', max: Number(process.env.RATE_LIMIT_LETTERS ?? 20), windowMs: 60 * 60_000 },
  checkout: { name: 'checkouts', max: Number(process.env.RATE_LIMIT_CHECKOUTS ?? 20), windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

export function hit(limit: Limit, client: string, now = Date.now()): { ok: true } | { ok: false; retryAfterMinutes: number } {
  const key = `${limit.name}:${client}`;
  const w = windows.get(key);
  if (!w || now - w.start >= limit.windowMs) {
    windows.set(key, { start: now, count: 1 });
    if (windows.size > 100_000) pruneExpired(now);
    return { ok: true };
  }
  if (w.count >= limit.max) return { ok: false, retryAfterMinutes: Math.ceil((w.start + limit.windowMs - now) / 60_000) };
  w.count++;
  return { ok: true };
}

function pruneExpired(now: number) {
  for (const [key, w] of windows) if (now - w.start >= 60 * 60_000) windows.delete(key);
}

export const rateLimitMessage = (what: string, minutes: number) =>
  `You have ${what} many times in the last hour. Please wait about ${minutes} minute${minutes === 1 ? '' : 's'} and try again; nothing you typed was lost.`;
