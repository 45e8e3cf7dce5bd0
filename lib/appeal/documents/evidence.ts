import type { AppealCase } from '../case-schema';
import type { ComposeContext } from '../context';
import { possessive, sentence } from '../format';
import { SECTION, type Exhibit, type LetterSection } from '../letter';

/** The evidence every document about the case carries: the criteria table, treatments tried, exhibits. */

export function criteriaSection(c: AppealCase): LetterSection {
  return {
    id: SECTION.criteria,
    heading: 'How the coverage criteria are met',
    paragraphs: [
      `Each coverage criterion is listed below with the fact in ${possessive(c.patientName)} medical records that meets it and the number of the exhibit that shows it.`,
    ],
  };
}

export function priorTreatmentSection({ c, warn }: ComposeContext): LetterSection[] {
  if (c.priorTreatments.length === 0) return [];
  const paragraphs = c.priorTreatments.map((t) => {
    if (!t.outcome) warn(`Add the outcome of “${t.treatment}” (for example “stopped after 3 months: no response”).`);
    return sentence(`${t.treatment}${t.dates ? ` (${t.dates})` : ''}${t.outcome ? `: ${t.outcome}` : ''}`);
  });
  return [{ id: SECTION.priorTreatments, heading: 'Treatments already tried', paragraphs }];
}

export function exhibitsSection(exhibits: Exhibit[]): LetterSection[] {
  return exhibits.length ? [{ id: SECTION.exhibits, heading: 'Exhibits', paragraphs: ['Enclosed, numbered as in the table above:'] }] : [];
}
