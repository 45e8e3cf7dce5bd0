import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { appealCaseSchema } from '@/lib/appeal/case-schema';
import { composeLetter } from '@/lib/appeal/compose';
import { renderDocx } from '@/lib/appeal/render-docx';
import { renderIcs } from '@/lib/appeal/render-ics';
import { renderPdf } from '@/lib/appeal/render-pdf';

const dir = path.join(process.cwd(), 'tests/fixtures/cases');
const load = (name: string) => appealCaseSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
const fixture = 'employer-medical-necessity-urgent.json';

async function pdfText(buffer: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

describe('letter exports', () => {
  const c = load(fixture);
  const letter = composeLetter(c, { today: '2026-11-23' });

  it('renders a US-letter PDF with pages, page numbers, the criteria table and signature lines', async () => {
    const pdf = await renderPdf(letter, c);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
    const pages = await pdfText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    const all = pages.join(' ');
    expect(all).toContain(c.patientName);
    expect(all).toContain(letter.criteriaTable[0]!.criterion.slice(0, 20));
    expect(all).toContain(c.prescriberName);
    expect(all).toContain('____');
  });

  it('renders a DOCX that opens, with the letter text, the criteria table and page numbers', async () => {
    const docx = await renderDocx(letter, c);
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(c.memberId);
    expect(xml).toContain('<w:tbl>');
    const footers = Object.keys(zip.files).filter((f) => f.startsWith('word/footer'));
    expect(footers.length).toBeGreaterThan(0);
    expect(await zip.file(footers[0]!)!.async('string')).toContain('PAGE');
  });

  it('renders an ICS file that parses, with each dated deadline and reminders before it', () => {
    const ics = renderIcs(letter);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    const dated = letter.deadlines.filter((d) => d.date);
    expect(dated.length).toBeGreaterThan(0);
    expect(events).toHaveLength(dated.length);
    for (const [i, event] of events.entries()) {
      expect(event.getFirstPropertyValue('summary')).toBe(dated[i]!.label.replace(/\s+by$/, ''));
      expect(String(event.getFirstPropertyValue('dtstart'))).toBe(dated[i]!.date);
      expect(event.getAllSubcomponents('valarm')).toHaveLength(3);
    }
  });

  it('keeps text outside the PDF fonts’ character set from breaking the PDF', async () => {
    const odd = { ...c, patientName: 'Zoë Ω 李 Sample' };
    const pages = await pdfText(await renderPdf(composeLetter(odd, { today: '2026-11-23' }), odd));
    expect(pages.join(' ')).toContain('Zoë');
  });
});
