'use server';

import { redirect } from 'next/navigation';
import { addRow, parseValues, removeRow, valuesFromFormData, type AppealFormValues, type FieldErrors } from '@/lib/appeal/form-values';
import { getDb } from '@/lib/db';
import { letterToken, setLetterCookie } from '@/lib/letters/session';
import { createLetter, readLetter, updateLetter } from '@/lib/letters/store';
import { hit, LIMITS, rateLimitMessage } from '@/lib/rate-limit';
import { clientKey } from '@/lib/request';

export type AppealFormState = {
  status: 'idle' | 'invalid';
  values: AppealFormValues;
  fieldErrors: FieldErrors;
  message?: string;
  /** Bumped on every server answer so the form remounts with the returned values. */
  version: number;
};

const today = () => new Date().toISOString().slice(0, 10);

/** One action for the whole form: row edits without JavaScript, validation, then create or update. */
export async function submitAppeal(prev: AppealFormState, form: FormData): Promise<AppealFormState> {
  const values = valuesFromFormData(form);
  const intent = String(form.get('intent') ?? 'submit');
  const version = prev.version + 1;
  const rowEdit = /^(add|remove)-(criteria|priorTreatments)(?::(\d+))?$/.exec(intent);
  if (rowEdit) {
    const [, op, list] = rowEdit as unknown as [string, 'add' | 'remove', 'criteria' | 'priorTreatments'];
    const next = op === 'add' ? addRow(values, list) : removeRow(values, list, Number(rowEdit[3]));
    return { status: 'idle', values: next, fieldErrors: {}, version };
  }

  const parsed = parseValues(values);
  if (!parsed.ok) {
    const count = Object.keys(parsed.fieldErrors).length;
    return { status: 'invalid', values, fieldErrors: parsed.fieldErrors, message: `Please fix ${count} ${count === 1 ? 'field' : 'fields'} marked below. Nothing you typed was lost.`, version };
  }

  const db = await getDb();
  const letterId = String(form.get('letterId') ?? '');
  if (letterId) {
    const token = await letterToken(letterId);
    const existing = await readLetter(db, letterId, token);
    if (!existing || !token) return { status: 'invalid', values, fieldErrors: {}, message: 'We could not find this letter in this browser. Open it from your private link, then edit again.', version };
    await updateLetter(db, letterId, token, { case: parsed.case, composedOn: existing.composedOn });
    redirect(`/appeal/${letterId}`);
  }
  const limited = hit(LIMITS.createLetter, await clientKey());
  if (!limited.ok) return { status: 'invalid', values, fieldErrors: {}, message: rateLimitMessage('created letters', limited.retryAfterMinutes), version };
  const { id, token } = await createLetter(db, { case: parsed.case, composedOn: today() });
  await setLetterCookie(id, token);
  redirect(`/appeal/${id}`);
}
