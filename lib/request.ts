import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { PEER_HEADER } from '@/lib/peer';

/** A loopback host, with or without a port: where plain http is expected (local runs and tests). */
export const isLoopbackHost = (host: string) => /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);

/**
 * The client address for rate limits. The X-Forwarded-For chain is the client's own claim except for the
 * entries our trusted proxies appended, so the key is the entry the outermost trusted proxy added; with no
 * proxy (TRUSTED_PROXIES=0) it is the connection's own address, which the client cannot choose.
 */
export function clientKeyFrom(h: Pick<Headers, 'get'>, trustedProxies: number): string {
  const peer = h.get(PEER_HEADER);
  if (!peer) return 'unknown';
  const chain = [
    ...(h.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    peer,
  ];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
}

export async function clientKey(): Promise<string> {
  return clientKeyFrom(await headers(), env().TRUSTED_PROXIES);
}

/** The request id: the one a proxy in front sent, or the one this server gave the request. */
export async function requestId(): Promise<string | undefined> {
  return (await headers()).get('x-request-id') ?? undefined;
}

/** The origin the browser used, for Stripe's return URLs. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!host) return env().SITE_URL;
  const proto = h.get('x-forwarded-proto') ?? (isLoopbackHost(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}
