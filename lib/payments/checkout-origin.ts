export const STRIPE_API = 'https://api.stripe.com';

/**
 * Where a no-JavaScript checkout's redirect lands, for the Content-Security-Policy's form-action: Stripe's
 * hosted page, or, for a local stand-in of the API, the page it serves itself.
 */
export const checkoutOrigin = (apiBase: string) => (apiBase === STRIPE_API ? 'https://checkout.stripe.com' : new URL(apiBase).origin);
