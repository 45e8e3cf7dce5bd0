import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function randomChars(length: number, alphabet = ALPHABET): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** Ids shaped like Stripe's test-mode ids (`cus_…`, `cs_test_…`, `promo_…`). */
export const newId = (prefix: string, length = 24) => `${prefix}_${randomChars(length)}`;

export const requestId = () => newId('req', 14);

export const now = () => Math.floor(Date.now() / 1000);
