import { NextResponse, type NextRequest } from 'next/server';

/**
 * A nonce-based Content-Security-Policy for every page that shows a letter or form data: an injected
 * script cannot run there. (Static guide pages keep the simpler policy in next.config.ts, because a nonce
 * would make them dynamic.)
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  // A no-JavaScript checkout is a form POST answered by a redirect to the payment page, which form-action governs.
  const checkout = process.env.PAYMENTS === 'emulator' ? (process.env.STRIPE_EMULATOR_URL ?? 'http://127.0.0.1:12111') : 'https://checkout.stripe.com';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
    `form-action 'self' ${checkout}`,
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = { matcher: ['/appeal', '/appeal/:path*'] };
