import 'server-only';
import type { NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { peek, rateLimitMessage, type LimitName } from '@/lib/rate-limit';
import { clientKeyFrom } from '@/lib/request';

/**
 * Posts under /appeal are server actions. Next answers a foreign Origin with a 500 and a rate-limited action
 * with a 200 carrying the form's message; these answer first with the status a client can act on.
 */
export function originRefused(h: Pick<Headers, 'get'>): boolean {
  const origin = h.get('origin');
  // No Origin at all is a non-browser client (browsers always send one on POST); Next lets it through too.
  if (origin === null) return false;
  const host = h.get('x-forwarded-host') ?? h.get('host');
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    return true; // empty, "null" or garbage
  }
}

/** A browser expects a page or the React payload back; anything else gets plain statuses. */
export const isBrowser = (h: Pick<Headers, 'get'>) => /text\/html|text\/x-component/.test(h.get('accept') ?? '');

/** Which limit a post spends: creating a letter on /appeal, a checkout on /appeal/{id}. */
export function limitFor(pathname: string): LimitName | null {
  if (pathname === '/appeal') return 'letters';
  if (/^\/appeal\/[^/]+$/.test(pathname)) return 'checkouts';
  return null;
}

export async function actionRefusal(request: NextRequest): Promise<Response | null> {
  if (originRefused(request.headers))
    return new Response('Forbidden: this form can only be sent from this site.\n', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const limit = limitFor(request.nextUrl.pathname);
  if (!limit || isBrowser(request.headers)) return null;
  const state = await peek(limit, clientKeyFrom(request.headers, env().TRUSTED_PROXIES));
  if (state.ok) return null;
  const message = rateLimitMessage(limit === 'letters' ? 'created letters' : 'started checkout', state.retryAfterSeconds);
  return new Response(`${message}\n`, {
    status: 429,
    headers: { 'Retry-After': String(state.retryAfterSeconds), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
