import { caseDeadlines } from '@/lib/appeal/documents/shared';
import { renderIcs } from '@/lib/appeal/render-ics';
import { loadOwnCase } from '@/lib/letters/load';

/** The case's dates as calendar events, updated with every step recorded on the tracker. Free for the owner. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const own = await loadOwnCase(id);
  const headers = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };
  if (!own) return new Response('Not found, or not yours', { status: 404, headers });
  const deadlines = caseDeadlines(own.letter.case, own.letter.journey, own.today);
  return new Response(renderIcs({ deadlines }), {
    headers: { ...headers, 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="appeal-dates.ics"' },
  });
}
