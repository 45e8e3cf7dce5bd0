import { z } from 'zod';
import type { ContentIndex } from '@/lib/content/types';
import { catalogFromFrontMatter, readDenialLetter, type DenialCatalog, type DenialReading } from '@/lib/denial-reader';
import type { AppealFormValues } from './form-values';
import { sameText as same, type ReadMark } from './read-marks';

export { markFor, type ReadMark } from './read-marks';

/** The longest denial letter (or EOB) we read: far more than a real one, far less than a server action allows. */
export const MAX_LETTER_CHARS = 50_000;
const MAX_CRITERIA = 20;

export type LetterOutcome = {
  values: AppealFormValues;
  marks: ReadMark[];
  /** What was filled, in words for the patient ("the member ID"). */
  filled: string[];
  /** What the letter states but the patient had already typed differently, so theirs was kept. */
  kept: string[];
  /** What the form needs from the letter but the reader could not find. */
  missing: string[];
  codes: string[];
  isDenial: boolean;
  /** False for a letter not in English: nothing is filled from it. */
  english: boolean;
};

const LABELS = {
  insurer: 'the insurance company',
  decidedBy: 'the company that decided for your plan',
  drug: 'the drug or service',
  reason: 'why it was denied',
  denialWords: 'the reason in the insurer’s words',
  denialDate: 'the date on the letter',
  serviceDate: 'the date of service',
  claimNumber: 'the claim or reference number',
  patientName: 'the patient’s name',
  memberId: 'the member ID',
  insurerAddress: 'the appeals address',
} as const;

type ScalarField = keyof typeof LABELS;

const catalogs = new WeakMap<ContentIndex, DenialCatalog>();

/**
 * What the reader recognizes: every insurer by name, short name and aliases; every drug or service
 * meant to be matched. Built once per content index, not on every pasted letter.
 */
export function catalogFromContent(index: ContentIndex): DenialCatalog {
  let catalog = catalogs.get(index);
  if (!catalog) {
    catalog = catalogFromFrontMatter(
      [...index.insurers.values()].filter((i) => i.kind === 'insurer'),
      [...index.drugs.values()].filter((d) => d.matchInLetters),
      [...index.benefitManagers.values()],
    );
    catalogs.set(index, catalog);
  }
  return catalog;
}

const blankRow = (r: Record<string, string>) => Object.values(r).every((v) => v.trim() === '');

/**
 * Fill the form from a reading of the letter. Only empty fields are filled: anything the patient
 * typed (or a guide prefilled) stays as it is. Plan type, timing and the clinical facts are never
 * filled: a letter rarely states them reliably, and they are the patient's and the doctor's to give.
 */
export function applyReading(values: AppealFormValues, reading: DenialReading): LetterOutcome {
  const outcome: LetterOutcome = {
    values: { ...values, fields: { ...values.fields }, criteria: [...values.criteria] },
    marks: [],
    filled: [],
    kept: [],
    missing: [],
    codes: reading.codes,
    isDenial: reading.isDenial,
    english: reading.english,
  };
  if (!reading.isDenial || !reading.english) return outcome;

  const found: Partial<Record<ScalarField, { value: string; evidence: string }>> = {
    insurer: reading.insurer && { value: reading.insurer.name, evidence: reading.insurer.evidence },
    decidedBy: reading.benefitManager && { value: reading.benefitManager.name, evidence: reading.benefitManager.evidence },
    insurerAddress: reading.appealsAddress,
    drug: reading.drug && { value: reading.drug.name, evidence: reading.drug.evidence },
    reason: reading.reason,
    denialWords: reading.reasonWords,
    denialDate: reading.letterDate,
    serviceDate: reading.serviceDate,
    claimNumber: reading.claimNumber,
    patientName: reading.patientName,
    memberId: reading.memberId,
  };
  const fields = outcome.values.fields;
  for (const field of Object.keys(LABELS) as ScalarField[]) {
    const read = found[field];
    const current = fields[field] ?? '';
    if (!read) {
      if (!current.trim() && field !== 'denialWords' && field !== 'decidedBy') outcome.missing.push(LABELS[field]);
      continue;
    }
    if (!current.trim()) {
      fields[field] = read.value;
      outcome.marks.push({ field, value: read.value, evidence: read.evidence });
      outcome.filled.push(LABELS[field]);
    } else if (!same(current, read.value)) {
      outcome.kept.push(LABELS[field]);
    }
  }

  // Quoted criteria join the patient's rows (blank rows give way); a criterion already listed is not repeated.
  const rows = outcome.values.criteria.filter((r) => !blankRow(r));
  let added = 0;
  for (const criterion of reading.criteria) {
    if (rows.length >= MAX_CRITERIA) break;
    if (rows.some((r) => same(r.criterion, criterion))) continue;
    rows.push({ criterion, chartFact: '', exhibit: '' });
    outcome.marks.push({ field: 'criteria', value: criterion, evidence: criterion });
    added++;
  }
  if (added) {
    outcome.values.criteria = rows;
    outcome.filled.push(added === 1 ? '1 coverage criterion' : `${added} coverage criteria`);
  }
  return outcome;
}

/** Read the pasted letter and fill the form; the text itself goes nowhere else. */
export function prefillFromLetter(values: AppealFormValues, text: string, index: ContentIndex): LetterOutcome {
  return readLetterForForm(values, text, index).outcome;
}

/** The form filled from the letter, and the reading itself (its plan-type hint and notice contents). */
export function readLetterForForm(values: AppealFormValues, text: string, index: ContentIndex): { outcome: LetterOutcome; reading: DenialReading } {
  const reading = readDenialLetter(text, catalogFromContent(index));
  return { outcome: applyReading(values, reading), reading };
}

/** The marks a no-JavaScript round trip carries in a hidden field: untrusted input, so parsed and capped. */
const marksSchema = z.array(z.object({ field: z.string().max(40), value: z.string().max(1000), evidence: z.string().max(1000) })).max(40);

export function parseMarks(raw: unknown): ReadMark[] {
  if (typeof raw !== 'string' || !raw) return [];
  try {
    const parsed = marksSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
