import type { NextRequest } from 'next/server';
import { downloadDocument } from '../../documents/download';

/** The appeal letter's downloads (kept at this address; every document lives under /documents/{kind}). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return downloadDocument(id, 'appeal', request.nextUrl.searchParams.get('format') ?? '');
}
