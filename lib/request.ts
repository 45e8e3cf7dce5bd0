import { headers } from 'next/headers';

/** A loopback host, with or without a port: where plain http is expected (local runs and tests). */
export const isLoopbackHost = (host: string) => /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);

/** The client address for rate limits (the first X-Forwarded-For hop behind a proxy). */
export async function clientKey(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'local';
}

/** The origin the browser used, for Stripe's return URLs. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!host) return process.env.SITE_URL ?? 'http://localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (isLoopbackHost(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}
