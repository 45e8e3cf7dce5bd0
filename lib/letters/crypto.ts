import 'server-only';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Letter content is sealed with AES-256-GCM under a key derived from a random access token.
 * The server keeps only the token's hash, so a database dump alone reveals nothing.
 */
const VERSION = 'v1';

export const newToken = () => randomBytes(32).toString('base64url');
export const newLetterId = () => randomBytes(12).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function tokenMatches(token: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function deriveKey(token: string, letterId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, letterId, `denialhelp letter ${VERSION}`, 32));
}

export function seal(plaintext: string, token: string, letterId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(token, letterId), iv);
  cipher.setAAD(Buffer.from(letterId));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function open(sealed: string, token: string, letterId: string): string {
  const [version, payload = ''] = sealed.split('.');
  if (version !== VERSION) throw new Error('unknown ciphertext version');
  const raw = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(token, letterId), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(letterId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
