import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { getContent } from '@/lib/content/loader';
import { findPath } from '@/lib/content/find';

/** Target of the guide finder's plain GET form, so it works without JavaScript. */
export function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams;
  redirect(findPath(getContent(), q.get('insurer') ?? '', q.get('drug') ?? '', q.get('reason') ?? '', q.get('state') ?? ''));
}
