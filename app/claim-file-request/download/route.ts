import { composeClaimFileRequest, parseClaimFileForm } from '@/lib/appeal/documents/claim-file-request';
import { FORMATS, isFormat, renderFormat } from '@/lib/appeal/render';
import { patientToday } from '@/lib/appeal/today';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

/** The free claim-file request as a file: built from the posted fields, never stored. */
export async function POST(request: Request) {
  const form = await request.formData();
  const format = String(form.get('format') ?? '');
  if (!isFormat(format) || format === 'ics') return new Response('Unknown format', { status: 400, headers: PRIVATE });
  const { result } = parseClaimFileForm(form);
  if (!result.ok)
    return new Response(`Please go back and fix the form: ${Object.values(result.fieldErrors).flat().join(' ')}`, {
      status: 400,
      headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const letter = composeClaimFileRequest(result.request, { today: patientToday(String(form.get('timeZone') ?? '') || undefined) });
  return new Response((await renderFormat(format, letter, result.request)) as BodyInit, {
    headers: { ...PRIVATE, 'Content-Type': FORMATS[format].type, 'Content-Disposition': `attachment; filename="claim-file-request.${format}"` },
  });
}
