import type { ContentIndex } from '@/lib/content/types';
import type { AppealCase } from '../case-schema';
import { plausibleDateErrors } from '../case-schema';
import { addRow, parseValues, removeRow, valuesFromFormData, type AppealFormValues, type FieldErrors } from '../form-values';
import { finderStep } from '../plans/finder';
import { MAX_LETTER_CHARS, parseMarks, prefillFromLetter, type ReadMark } from '../read-letter';
import type { AppealFormState } from './state';

/**
 * The letter form's round trip, apart from storage: reading a pasted letter, finding the plan type, adding
 * and removing rows, and validating. Pure but for the content index it is given; the server action only
 * stores a valid case and redirects.
 */
export type FormOutcome = { kind: 'answer'; state: AppealFormState } | { kind: 'valid'; case: AppealCase; keep: Omit<AppealFormState, 'status' | 'fieldErrors'> };

/** The form's fields that identify the case: fixed once it is paid for (a different denial is a new case). */
export const IDENTIFYING_FIELDS = ['patientName', 'memberId', 'insurer', 'drug', 'denialDate'] as const;

const fieldsMessage = (count: number) => `Please fix ${count} ${count === 1 ? 'field' : 'fields'} marked below. Nothing you typed was lost.`;

/** Fill the form from the pasted letter: only empty fields, each marked for the patient to check. */
function readPastedLetter(values: AppealFormValues, marks: ReadMark[], letterText: string, version: number, index: ContentIndex): AppealFormState {
  const base = { values, marks, letterText, version };
  if (!letterText.trim()) {
    return { ...base, status: 'invalid', fieldErrors: { letterText: ['Paste the text of your denial letter into the box first'] }, message: 'There is no letter text to read yet.' };
  }
  if (letterText.length > MAX_LETTER_CHARS) {
    const limit = MAX_LETTER_CHARS.toLocaleString('en-US');
    return { ...base, status: 'invalid', fieldErrors: { letterText: [`This is longer than a denial letter (over ${limit} characters): paste just the letter, without other documents`] }, message: 'The pasted text is too long to read.' };
  }
  const outcome = prefillFromLetter(values, letterText, index);
  const codes = outcome.codes.map((code) => {
    const slug = code.toLowerCase();
    return index.codes.has(slug) ? { code, href: `/codes/${slug}` } : { code };
  });
  const fresh = new Set(outcome.marks.map((m) => `${m.field}\u0000${m.value}`));
  return {
    ...base,
    status: 'read',
    values: outcome.values,
    fieldErrors: {},
    marks: [...marks.filter((m) => !fresh.has(`${m.field}\u0000${m.value}`)), ...outcome.marks].slice(-40),
    letterSummary: { isDenial: outcome.isDenial, filled: outcome.filled, kept: outcome.kept, missing: outcome.missing, codes },
  };
}

export type FormContext = {
  prev: AppealFormState;
  index: ContentIndex;
  /** The patient's date, for plausible-date checks. */
  today: string;
  /** The stored case when editing a paid one: its identifying fields cannot change. */
  paidCase?: AppealCase;
};

export function processAppealForm(form: FormData, { prev, index, today, paidCase }: FormContext): FormOutcome {
  const values = valuesFromFormData(form);
  const intent = String(form.get('intent') ?? 'submit');
  const version = prev.version + 1;
  const marks = parseMarks(form.get('readMarks'));
  const letterText = String(form.get('letterText') ?? '');
  const keep = { values, marks, letterText, version };
  const answer = (state: AppealFormState): FormOutcome => ({ kind: 'answer', state });

  if (intent === 'read-letter') return answer(readPastedLetter(values, marks, letterText, version, index));
  if (intent === 'plan-finder') {
    const answers = Object.fromEntries([...form.entries()].flatMap(([k, v]) => (k.startsWith('finder.') && typeof v === 'string' ? [[k.slice('finder.'.length), v]] : [])));
    const step = finderStep(answers);
    const planType = 'result' in step ? step.result.planType : undefined;
    return answer({ ...keep, status: 'idle', values: planType ? { ...values, fields: { ...values.fields, planType } } : values, fieldErrors: {}, finder: step });
  }
  const rowEdit = /^(add|remove)-(criteria|priorTreatments)(?::(\d+))?$/.exec(intent);
  if (rowEdit) {
    const [, op, list] = rowEdit as unknown as [string, 'add' | 'remove', 'criteria' | 'priorTreatments'];
    return answer({ ...keep, status: 'idle', values: op === 'add' ? addRow(values, list) : removeRow(values, list, Number(rowEdit[3])), fieldErrors: {} });
  }

  const parsed = parseValues(values);
  const fieldErrors: FieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  for (const [field, message] of Object.entries(plausibleDateErrors(values.fields, today))) (fieldErrors[field] ??= []).push(message);
  if (paidCase && parsed.ok) {
    for (const field of IDENTIFYING_FIELDS) {
      if (String(parsed.case[field] ?? '') !== String(paidCase[field] ?? '')) {
        (fieldErrors[field] ??= []).push('This case is paid for, so this can’t change: one case is one patient and one denial. For a different denial, start a new letter.');
      }
    }
  }
  const count = Object.keys(fieldErrors).length;
  if (!parsed.ok || count > 0) return answer({ ...keep, status: 'invalid', fieldErrors, message: fieldsMessage(count) });
  return { kind: 'valid', case: parsed.case, keep };
}
