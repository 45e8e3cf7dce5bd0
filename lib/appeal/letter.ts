import type { Deadline } from './deadlines';

export type { Deadline };

/** The composed appeal letter: structured so the text, HTML, PDF and preview renderers share one source. */
export type LetterSection = { id: string; heading?: string; paragraphs: string[] };
export type CriteriaTableRow = { criterion: string; chartFact: string | null; exhibit: number | null };
export type Exhibit = { number: number; name: string };

export type Letter = {
  subject: string;
  sections: LetterSection[];
  criteriaTable: CriteriaTableRow[];
  exhibits: Exhibit[];
  citations: string[];
  deadlines: Deadline[];
  /** For the patient, beside the letter; never part of its text. */
  warnings: string[];
  /** Leading sections shown before payment: sender block, subject, opening and the denial reason. */
  previewSectionCount: number;
};

/** Whose letter it is: all the renderers need to know beyond the letter itself. */
export type LetterParty = { patientName: string };

/** Section ids the renderers treat specially. */
export const SECTION = {
  sender: 'sender',
  subject: 'subject',
  opening: 'opening',
  denial: 'denial-reason',
  answer: 'answer',
  criteria: 'criteria',
  priorTreatments: 'prior-treatments',
  legalBasis: 'legal-basis',
  outcome: 'outcome',
  exhibits: 'exhibits',
  signature: 'signature',
  /** Bulleted lists in the doctor's packet and the other documents. */
  list: 'list',
  lines: 'lines',
} as const;

/** Sections printed line by line (an address block, signature lines) rather than as prose paragraphs. */
export const LINE_SECTIONS: ReadonlySet<string> = new Set([SECTION.sender, SECTION.signature, SECTION.lines]);

/** Sections printed as a bulleted list. Ids may carry a suffix (`list-questions`) so a document can have several. */
export const isListSection = (id: string) => id === SECTION.priorTreatments || id === SECTION.list || id.startsWith(`${SECTION.list}-`);
