import 'server-only';
import { cookies, headers } from 'next/headers';
import { env } from '@/lib/env';
import { isLoopbackHost } from '@/lib/request';

/** The access token lives in an httpOnly cookie scoped to the letter's own path. */
export const cookieName = (id: string) => `dh_letter_${id}`;

const MAX_AGE_SECONDS = 60 * 60 * 24 * env().LETTER_RETENTION_DAYS;

async function isLoopbackHttp(): Promise<boolean> {
  const h = await headers();
  const proto = h.get('x-forwarded-proto') ?? (env().SITE_URL.startsWith('https:') ? 'https' : 'http');
  return proto === 'http' && isLoopbackHost(h.get('host') ?? '');
}

export async function setLetterCookie(id: string, token: string) {
  // Secure everywhere but plain-http loopback, where browsers would drop a Secure cookie set over http.
  const secure = !(await isLoopbackHttp());
  (await cookies()).set(cookieName(id), token, { httpOnly: true, secure, sameSite: 'lax', path: `/appeal/${id}`, maxAge: MAX_AGE_SECONDS });
}

export async function letterToken(id: string): Promise<string | undefined> {
  return (await cookies()).get(cookieName(id))?.value;
}
