import type { Letter, LetterParty } from './letter';
import { renderDocx } from './render-docx';
import { renderIcs } from './render-ics';
import { renderPdf } from './render-pdf';
import { renderText } from './render-text';

/** Every download format, once: the download route and the letter command both use this table. */
export const FORMATS = {
  pdf: { type: 'application/pdf', binary: true, render: (l: Letter, c: LetterParty) => renderPdf(l, c) },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    binary: true,
    render: (l: Letter, c: LetterParty) => renderDocx(l, c),
  },
  ics: { type: 'text/calendar; charset=utf-8', binary: false, render: (l: Letter) => renderIcs(l) },
  txt: { type: 'text/plain; charset=utf-8', binary: false, render: (l: Letter, c: LetterParty) => renderText(l, c) },
} as const;

export type Format = keyof typeof FORMATS;

export const isFormat = (value: string): value is Format => Object.hasOwn(FORMATS, value);

/** The rendered file as bytes, whatever the format. */
export async function renderFormat(format: Format, letter: Letter, c: LetterParty): Promise<Uint8Array> {
  const body = await FORMATS[format].render(letter, c);
  return typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
}
