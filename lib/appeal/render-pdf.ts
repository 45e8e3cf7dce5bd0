import PDFDocument from 'pdfkit';
import { possessive } from './format';
import { LINE_SECTIONS, SECTION, type Letter, isListSection, type LetterParty } from './letter';
import { fontObject, fontRuns, nfc, PRIMARY, type FontFace } from './pdf-fonts';

const MARGIN = 72;
const WIDTH = 612 - 2 * MARGIN;

const REGULAR = PRIMARY.regular.name;
const BOLD = PRIMARY.bold.name;

const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();

/** Sets the font, registering (embedding) the face with this document the first time it is used. */
function setFace(doc: PDFKit.PDFDocument, face: FontFace): PDFKit.PDFDocument {
  const seen = registered.get(doc) ?? new Set<string>();
  registered.set(doc, seen);
  if (!seen.has(face.name)) {
    // pdfkit accepts a parsed fontkit font (its own loader checks for `layout`); the types only list paths and bytes.
    doc.registerFont(face.name, fontObject(face) as unknown as PDFKit.Mixins.PDFFontSource);
    seen.add(face.name);
  }
  return doc.font(face.name);
}

/**
 * Writes text in the embedded Unicode fonts (the PDF standard fonts cover Windows-1252 only, and "≥"
 * printed as "?"): one continued call per run of characters that one font sets.
 */
function write(doc: PDFKit.PDFDocument, text: string, options: PDFKit.Mixins.TextOptions & { bold?: boolean } = {}, at?: { x: number; y: number }) {
  const { bold = false, ...rest } = options;
  const primary = bold ? PRIMARY.bold : PRIMARY.regular;
  const runs = fontRuns(text, bold);
  if (runs.length === 0) runs.push({ face: primary, text: '' });
  runs.forEach((run, i) => {
    setFace(doc, run.face);
    const opts = { ...rest, continued: i < runs.length - 1 };
    if (i === 0 && at) doc.text(run.text, at.x, at.y, opts);
    else doc.text(run.text, opts);
  });
  return setFace(doc, primary);
}

/** A print-ready US-letter PDF with page numbers and signature lines. */
export function renderPdf(letter: Letter, c: LetterParty): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: MARGIN, bufferPages: true, info: { Title: nfc(letter.subject), Creator: 'DenialHelp' } });
  setFace(setFace(doc, PRIMARY.bold), PRIMARY.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(REGULAR).fontSize(11);
  for (const section of letter.sections) {
    if (section.heading) {
      doc.moveDown(0.6).fontSize(12);
      write(doc, section.heading, { bold: true });
      doc.font(REGULAR).fontSize(11);
    }
    if (LINE_SECTIONS.has(section.id)) {
      doc.moveDown(0.4);
      for (const line of section.paragraphs) write(doc, line, { width: WIDTH }).moveDown(line.startsWith('____') ? 0 : 0.2);
    } else {
      const bold = section.id === SECTION.subject;
      for (const p of section.paragraphs) {
        doc.moveDown(0.5);
        write(doc, isListSection(section.id) ? `•  ${p}` : p, { width: WIDTH, align: 'left', bold });
      }
      doc.font(REGULAR);
    }
    if (section.id === SECTION.criteria) criteriaTable(doc, letter, c);
    if (section.id === SECTION.exhibits) for (const e of letter.exhibits) write(doc.moveDown(0.2), `Exhibit ${e.number}: ${e.name}`);
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor('#555555')
      .text(`Page ${i + 1} of ${range.count}`, MARGIN, 792 - MARGIN / 2, { width: WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}

function criteriaTable(doc: PDFKit.PDFDocument, letter: Letter, c: LetterParty) {
  const cols = [WIDTH * 0.38, WIDTH * 0.47, WIDTH * 0.15];
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD : REGULAR).fontSize(10);
    const heights = cells.map((cell, i) => doc.heightOfString(nfc(cell), { width: cols[i]! - 8 }));
    const height = Math.max(...heights) + 8;
    if (doc.y + height > 792 - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.rect(x, top, cols[i]!, height).stroke('#888888');
      write(doc.fillColor('#000000'), cell, { width: cols[i]! - 8, bold }, { x: x + 4, y: top + 4 });
      x += cols[i]!;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  doc.moveDown(0.5);
  row(['Criterion', `Fact in ${possessive(c.patientName)} records`, 'Exhibit'], true);
  for (const r of letter.criteriaTable) row([r.criterion, r.chartFact ?? '—', r.exhibit === null ? '—' : String(r.exhibit)], false);
  doc.font(REGULAR).fontSize(11);
}
