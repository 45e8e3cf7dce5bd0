'use server';

import { redirect } from 'next/navigation';
import { addRow, parseValues, removeRow, valuesFromFormData, type AppealFormValues, type FieldErrors } from '@/lib/appeal/form-values';
import { MAX_LETTER_CHARS, parseMarks, prefillFromLetter, type ReadMark } from '@/lib/appeal/read-letter';
import { finderStep, type FinderStep } from '@/lib/appeal/plans/finder';
import { getContent } from '@/lib/content/loader';
import { getDb } from '@/lib/db';
import { letterToken, setLetterCookie } from '@/lib/letters/session';
import { createLetter, readLetter, updateLetter } from '@/lib/letters/store';
import { log } from '@/lib/log';
import { hit, rateLimitMessage } from '@/lib/rate-limit';
import { clientKey, requestId } from '@/lib/request';

/** What reading a pasted letter found, for the summary above the form. */
export type LetterSummary = {
  isDenial: boolean;
  filled: string[];
  kept: string[];
  missing: string[];
  codes: { code: string; href?: string }[];
};

export type AppealFormState = {
  status: 'idle' | 'invalid' | 'read';
  values: AppealFormValues;
  fieldErrors: FieldErrors;
  message?: string;
  /** Fields filled from a pasted letter, for "Read from your letter" notes; carried in a hidden field. */
  marks: ReadMark[];
  /** The pasted letter, echoed back so nothing is lost; never stored. */
  letterText: string;
  letterSummary?: LetterSummary;
  /** "Find your plan type", asked inside the form so nothing typed is lost. */
  finder?: FinderStep;
  /** Bumped on every server answer so the form remounts with the returned values. */
  version: number;
};

/** Fill the form from the pasted letter: only empty fields, each marked for the patient to check. */
function readPastedLetter(values: AppealFormValues, marks: ReadMark[], letterText: string, version: number): AppealFormState {
  const base = { values, marks, letterText, version };
  if (!letterText.trim()) {
    return { ...base, status: 'invalid', fieldErrors: { letterText: ['Paste the text of your denial letter into the box first'] }, message: 'There is no letter text to read yet.' };
  }
  if (letterText.length > MAX_LETTER_CHARS) {
    const limit = MAX_LETTER_CHARS.toLocaleString('en-US');
    return { ...base, status: 'invalid', fieldErrors: { letterText: [`This is longer than a denial letter (over ${limit} characters): paste just the letter, without other documents`] }, message: 'The pasted text is too long to read.' };
  }
  const index = getContent();
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

const today = () => new Date().toISOString().slice(0, 10);

/** One action for the whole form: row edits without JavaScript, validation, then create or update. */
export async function submitAppeal(prev: AppealFormState, form: FormData): Promise<AppealFormState> {
  const values = valuesFromFormData(form);
  const intent = String(form.get('intent') ?? 'submit');
  const version = prev.version + 1;
  const marks = parseMarks(form.get('readMarks'));
  const letterText = String(form.get('letterText') ?? '');
  const keep = { marks, letterText, version };
  if (intent === 'read-letter') return readPastedLetter(values, marks, letterText, version);
  if (intent === 'plan-finder') {
    const answers = Object.fromEntries([...form.entries()].flatMap(([k, v]) => (k.startsWith('finder.') && typeof v === 'string' ? [[k.slice('finder.'.length), v]] : [])));
    const step = finderStep(answers);
    const planType = 'result' in step ? step.result.planType : undefined;
    const next = planType ? { ...values, fields: { ...values.fields, planType } } : values;
    return { ...keep, status: 'idle', values: next, fieldErrors: {}, finder: step };
  }
  const rowEdit = /^(add|remove)-(criteria|priorTreatments)(?::(\d+))?$/.exec(intent);
  if (rowEdit) {
    const [, op, list] = rowEdit as unknown as [string, 'add' | 'remove', 'criteria' | 'priorTreatments'];
    const next = op === 'add' ? addRow(values, list) : removeRow(values, list, Number(rowEdit[3]));
    return { ...keep, status: 'idle', values: next, fieldErrors: {} };
  }

  const parsed = parseValues(values);
  if (!parsed.ok) {
    const count = Object.keys(parsed.fieldErrors).length;
    return { ...keep, status: 'invalid', values, fieldErrors: parsed.fieldErrors, message: `Please fix ${count} ${count === 1 ? 'field' : 'fields'} marked below. Nothing you typed was lost.` };
  }

  const db = await getDb();
  const letterId = String(form.get('letterId') ?? '');
  if (letterId) {
    const token = await letterToken(letterId);
    const existing = await readLetter(db, letterId, token);
    if (!existing || !token) return { ...keep, status: 'invalid', values, fieldErrors: {}, message: 'We could not find this letter in this browser. Open it from your private link, then edit again.' };
    await updateLetter(db, letterId, token, { case: parsed.case, composedOn: existing.composedOn });
    log.info('letter.updated', { letterId, requestId: await requestId() });
    redirect(`/appeal/${letterId}`);
  }
  const limited = await hit('letters', await clientKey());
  if (!limited.ok) {
    log.warn('letter.rate_limited', { requestId: await requestId() });
    return { ...keep, status: 'invalid', values, fieldErrors: {}, message: rateLimitMessage('created letters', limited.retryAfterSeconds) };
  }
  const { id, token } = await createLetter(db, { case: parsed.case, composedOn: today() });
  log.info('letter.created', { letterId: id, requestId: await requestId() });
  await setLetterCookie(id, token);
  redirect(`/appeal/${id}`);
}
