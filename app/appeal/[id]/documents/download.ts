import { composeDocument, isPaidDocument, type DocumentKind } from '@/lib/appeal/documents';
import { FORMATS, isFormat } from '@/lib/appeal/render';
import { renderFormat } from '@/lib/appeal/render';
import { loadOwnCase } from '@/lib/letters/load';

const FILE_NAMES: Record<DocumentKind, string> = {
  appeal: 'appeal-letter',
  'claim-file-request': 'claim-file-request',
  'plan-missed-deadline': 'missed-deadline-letter',
  'next-level': 'next-level-request',
  'doctor-packet': 'doctor-packet',
};

const PRIVATE = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

/**
 * One download for every document of a case: only this visitor's letter (404 otherwise), paid documents
 * only once paid, and a document the case cannot have yet answers 409 with the reason.
 */
export async function downloadDocument(id: string, kind: DocumentKind, format: string): Promise<Response> {
  if (!isFormat(format)) return new Response('Unknown format', { status: 400, headers: PRIVATE });
  const own = await loadOwnCase(id);
  if (!own || (isPaidDocument(kind) && !own.paid)) return new Response('Not found, or not yours', { status: 404, headers: PRIVATE });
  const c = own.letter.case;
  const result = composeDocument(kind, { case: c, journey: own.letter.journey }, { today: own.today, letterDate: own.letter.composedOn });
  if ('unavailable' in result) return new Response(result.unavailable, { status: 409, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } });
  const body = await renderFormat(format, result.letter, c);
  return new Response(body as BodyInit, {
    headers: { ...PRIVATE, 'Content-Type': FORMATS[format].type, 'Content-Disposition': `attachment; filename="${FILE_NAMES[kind]}.${format}"` },
  });
}
