import { NextResponse, type NextRequest } from 'next/server';
import { actionRefusal } from '@/lib/action-guard';
import { env } from '@/lib/env';
import { checkoutOrigin } from '@/lib/payments/checkout-origin';

/**
 * Every page that shows a letter or form data: a nonce-based Content-Security-Policy (an injected script
 * cannot run there), and the checks on server-action posts that must answer with a status of their own
 * (403 for a foreign Origin, 429 for a client over its limit). Static guide pages keep the simpler policy in
 * next.config.ts, because a nonce would make them dynamic.
 */
export async function proxy(request: NextRequest) {
  const refusal = request.method === 'POST' ? await actionRefusal(request) : null;
  if (refusal) return refusal;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const e = env();
  const dev = e.NODE_ENV === 'development';
  // A no-JavaScript checkout is a form POST answered by a redirect to the payment page, which form-action governs.
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
    `form-action 'self' ${checkoutOrigin(e.STRIPE_API_BASE)}`,
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = { matcher: ['/appeal', '/appeal/:path*'] };
