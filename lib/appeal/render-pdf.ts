import PDFDocument from 'pdfkit';
import { possessive } from './format';
import { LINE_SECTIONS, SECTION, type Letter, isListSection, type LetterParty } from './letter';

const MARGIN = 72;
const WIDTH = 612 - 2 * MARGIN;

// The PDF standard fonts cover Windows-1252 only; anything else would print as garbage.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const printable = (s: string) => [...s].map((ch) => (ch.charCodeAt(0) < 256 || WIN_ANSI_EXTRA.includes(ch) ? ch : '?')).join('');

/** A print-ready US-letter PDF with page numbers and signature lines. */
export function renderPdf(letter: Letter, c: LetterParty): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: MARGIN, bufferPages: true, info: { Title: printable(letter.subject), Creator: 'DenialHelp' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica').fontSize(11);
  for (const section of letter.sections) {
    if (section.heading) doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(printable(section.heading)).font('Helvetica').fontSize(11);
    if (LINE_SECTIONS.has(section.id)) {
      doc.moveDown(0.4);
      for (const line of section.paragraphs) doc.text(printable(line), { width: WIDTH }).moveDown(line.startsWith('____') ? 0 : 0.2);
    } else {
      const bold = section.id === SECTION.subject;
      for (const p of section.paragraphs) {
        doc.moveDown(0.5).font(bold ? 'Helvetica-Bold' : 'Helvetica').text(printable(isListSection(section.id) ? `•  ${p}` : p), { width: WIDTH, align: 'left' });
      }
      doc.font('Helvetica');
    }
    if (section.id === SECTION.criteria) criteriaTable(doc, letter, c);
    if (section.id === SECTION.exhibits) for (const e of letter.exhibits) doc.moveDown(0.2).text(printable(`Exhibit ${e.number}: ${e.name}`));
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.fontSize(9).fillColor('#555555').text(`Page ${i + 1} of ${range.count}`, MARGIN, 792 - MARGIN / 2, { width: WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}

function criteriaTable(doc: PDFKit.PDFDocument, letter: Letter, c: LetterParty) {
  const cols = [WIDTH * 0.38, WIDTH * 0.47, WIDTH * 0.15];
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    const heights = cells.map((cell, i) => doc.heightOfString(printable(cell), { width: cols[i]! - 8 }));
    const height = Math.max(...heights) + 8;
    if (doc.y + height > 792 - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.rect(x, top, cols[i]!, height).stroke('#888888');
      doc.fillColor('#000000').text(printable(cell), x + 4, top + 4, { width: cols[i]! - 8 });
      x += cols[i]!;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  doc.moveDown(0.5);
  row(['Criterion', `Fact in ${possessive(c.patientName)} records`, 'Exhibit'], true);
  for (const r of letter.criteriaTable) row([r.criterion, r.chartFact ?? '—', r.exhibit === null ? '—' : String(r.exhibit)], false);
  doc.font('Helvetica').fontSize(11);
}
