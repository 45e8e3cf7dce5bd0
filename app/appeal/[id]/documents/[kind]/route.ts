import type { NextRequest } from 'next/server';
import { isDocumentKind } from '@/lib/appeal/documents';
import { downloadDocument } from '../download';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const { id, kind } = await params;
  if (!isDocumentKind(kind)) return new Response('Not found', { status: 404 });
  return downloadDocument(id, kind, request.nextUrl.searchParams.get('format') ?? '');
}
