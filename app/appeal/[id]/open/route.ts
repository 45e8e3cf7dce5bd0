import type { NextRequest } from 'next/server';
import { getDb } from '@/lib/db';
import { setLetterCookie } from '@/lib/letters/session';
import { readLetter } from '@/lib/letters/store';

/** The private link: checks the key, keeps it in this browser's cookie, and drops it from the address bar. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const key = request.nextUrl.searchParams.get('key') ?? '';
  if (await readLetter(await getDb(), id, key)) await setLetterCookie(id, key);
  // A relative Location keeps the host the browser used (behind a proxy, request.url may not).
  return new Response(null, {
    status: 303,
    headers: { Location: `/appeal/${encodeURIComponent(id)}`, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'private, no-store' },
  });
}
