import { possessive } from './format';
import { LINE_SECTIONS, SECTION, type Letter, type LetterSection, isListSection, type LetterParty } from './letter';

/** Plain text to paste into an insurer's portal or a word processor. */
export function renderText(letter: Letter, c: LetterParty): string {
  return renderSections(letter, letter.sections, c);
}

/** Only the free-preview sections; the rest of the letter never leaves the server before payment. */
export function renderPreviewText(letter: Letter, c: LetterParty): string {
  return renderSections(letter, letter.sections.slice(0, letter.previewSectionCount), c);
}

function renderSections(letter: Letter, sections: LetterSection[], c: LetterParty): string {
  return `${sections.map((s) => renderSection(letter, s, c)).join('\n\n')}\n`;
}

function renderSection(letter: Letter, section: LetterSection, c: LetterParty): string {
  const parts: string[] = [];
  if (section.heading) parts.push(section.heading.toUpperCase());
  if (LINE_SECTIONS.has(section.id)) parts.push(section.paragraphs.join('\n'));
  else if (isListSection(section.id)) parts.push(section.paragraphs.map((p) => `- ${p}`).join('\n'));
  else parts.push(...section.paragraphs);
  if (section.id === SECTION.criteria) parts.push(criteriaText(letter, c));
  if (section.id === SECTION.exhibits) parts.push(letter.exhibits.map((e) => `Exhibit ${e.number}: ${e.name}`).join('\n'));
  return parts.join('\n\n');
}

const NONE = '—';

function criteriaText(letter: Letter, c: LetterParty): string {
  const pad = String(letter.criteriaTable.length).length + 2;
  const indent = ' '.repeat(pad + 1);
  return letter.criteriaTable
    .map((row, i) =>
      [
        `${`${i + 1}.`.padEnd(pad)} Criterion: ${row.criterion}`,
        `${indent}Fact in ${possessive(c.patientName)} records: ${row.chartFact ?? NONE}`,
        `${indent}Exhibit: ${row.exhibit ?? NONE}`,
      ].join('\n'),
    )
    .join('\n\n');
}
