import type { NextRequest } from 'next/server';
import { composeLetter } from '@/lib/appeal/compose';
import { renderDocx } from '@/lib/appeal/render-docx';
import { renderIcs } from '@/lib/appeal/render-ics';
import { renderPdf } from '@/lib/appeal/render-pdf';
import { renderText } from '@/lib/appeal/render-text';
import { getDb } from '@/lib/db';
import { isLetterPaid } from '@/lib/payments/orders';
import { loadOwnLetter } from '../../load';

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const format = request.nextUrl.searchParams.get('format') ?? '';
  if (!(format in TYPES)) return new Response('Unknown format', { status: 400 });
  const own = await loadOwnLetter(id);
  if (!own || !(await isLetterPaid(await getDb(), id))) return new Response('Not found, or not yours', { status: 404 });
  const c = own.letter.case;
  const letter = composeLetter(c, { today: own.letter.composedOn });
  const kind = format as keyof typeof TYPES;
  const body = kind === 'pdf' ? await renderPdf(letter, c) : kind === 'docx' ? await renderDocx(letter, c) : kind === 'ics' ? renderIcs(letter) : renderText(letter, c);
  return new Response(new Uint8Array(Buffer.isBuffer(body) ? body : Buffer.from(body)), {
    headers: {
      'Content-Type': TYPES[kind],
      'Content-Disposition': `attachment; filename="appeal-letter.${kind}"`,
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
