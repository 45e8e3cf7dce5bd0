import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { possessive } from './format';
import { SECTION, type Letter, isListSection, type LetterParty } from './letter';
import { xmlSafe } from './pdf-fonts';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold })] })] });

/** An editable Word document for the physician's office, from the same letter structure. */
export function renderDocx(letter: Letter, c: LetterParty): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const section of letter.sections) {
    if (section.heading) children.push(new Paragraph({ text: xmlSafe(section.heading), heading: HeadingLevel.HEADING_2 }));
    for (const p of section.paragraphs) {
      children.push(
        new Paragraph({
          children: [new TextRun({ text: xmlSafe(p), bold: section.id === SECTION.subject })],
          bullet: isListSection(section.id) ? { level: 0 } : undefined,
          spacing: { after: 120 },
        }),
      );
    }
    if (section.id === SECTION.criteria) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: [cell('Criterion', true), cell(`Fact in ${possessive(c.patientName)} records`, true), cell('Exhibit', true)],
            }),
            ...letter.criteriaTable.map(
              (r) => new TableRow({ children: [cell(r.criterion), cell(r.chartFact ?? '—'), cell(r.exhibit === null ? '—' : String(r.exhibit))] }),
            ),
          ],
        }),
      );
    }
    if (section.id === SECTION.exhibits) for (const e of letter.exhibits) children.push(new Paragraph({ text: xmlSafe(`Exhibit ${e.number}: ${e.name}`) }));
  }
  const footer = new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }),
    ],
  });
  const doc = new Document({
    creator: 'DenialHelp',
    title: xmlSafe(letter.subject),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
