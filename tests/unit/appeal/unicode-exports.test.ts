import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { appealCaseSchema, type AppealCase } from '@/lib/appeal/case-schema';
import { composeLetter } from '@/lib/appeal/compose';
import { unprintable, xmlSafe } from '@/lib/appeal/pdf-fonts';
import { renderDocx } from '@/lib/appeal/render-docx';
import { renderPdf } from '@/lib/appeal/render-pdf';

const base = appealCaseSchema.parse(
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/cases/employer-medical-necessity-urgent.json'), 'utf8')),
);

async function pdfText(buffer: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++)
    pages.push((await (await pdf.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(''));
  return pages.join(' ');
}

const withText = (patientName: string, chartFact: string): AppealCase => ({
  ...base,
  patientName,
  criteria: [{ ...base.criteria[0]!, chartFact }, ...base.criteria.slice(1)],
});

describe('Unicode in the exports', () => {
  it('prints ≥, →, Chinese and Arabic names and a decomposed é in the PDF, not question marks', async () => {
    const c = withText('Zoe\u0301 李明 محمد', 'HbA1c ≥ 7.5% on 2026-09-01 → metformin failed');
    const text = await pdfText(await renderPdf(composeLetter(c, { today: '2026-11-23' }), c));
    expect(text).toContain('HbA1c ≥ 7.5%');
    expect(text).toContain('→ metformin');
    expect(text).toContain('Zoé');
    expect(text).toContain('李明');
    expect(text).not.toMatch(/HbA1c \? 7\.5|Zoe\?/);
  });

  it('finds the characters no embedded font has, for the preview warning', () => {
    expect(unprintable(['Zoé ≥ 李 محمد'])).toEqual([]);
    expect(unprintable(['Scan 𓀀 attached', 'again 𓀀'])).toEqual(['𓀀']);
  });

  it('strips the characters XML 1.0 forbids before they reach the Word file', async () => {
    expect(xmlSafe('a\u0001b\uFFFEc\uFFFFd\u0008e\tf')).toBe('abcde\tf');
    const c = withText('Jordan\u0001 Sample\uFFFE', 'Pathology\uFFFF confirms \u000B relapse');
    const zip = await JSZip.loadAsync(await renderDocx(composeLetter(c, { today: '2026-11-23' }), c));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Jordan Sample');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});
