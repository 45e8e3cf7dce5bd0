'use server';

import { redirect } from 'next/navigation';
import { processAppealForm } from '@/lib/appeal/form/pipeline';
import type { AppealFormState } from '@/lib/appeal/form/state';
import { patientToday } from '@/lib/appeal/today';
import { getContent } from '@/lib/content/loader';
import { getDb } from '@/lib/db';
import { loadOwnCase } from '@/lib/letters/load';
import { setLetterCookie } from '@/lib/letters/session';
import { createLetter, updateLetter } from '@/lib/letters/store';
import { log } from '@/lib/log';
import { hit, rateLimitMessage } from '@/lib/rate-limit';
import { clientKey, requestId } from '@/lib/request';

export type { AppealFormState, LetterSummary } from '@/lib/appeal/form/state';

/** One action for the whole form: the pipeline in lib/appeal/form answers, and only a valid case is stored. */
export async function submitAppeal(prev: AppealFormState, form: FormData): Promise<AppealFormState> {
  const letterId = String(form.get('letterId') ?? '');
  const own = letterId ? await loadOwnCase(letterId) : undefined;
  const timeZone = String(form.get('timeZone') ?? '') || own?.letter.timeZone;
  const today = patientToday(timeZone);
  const outcome = processAppealForm(form, { prev, index: getContent(), today, paidCase: own?.paid ? own.letter.case : undefined });
  if (outcome.kind === 'answer') return outcome.state;
  const { keep } = outcome;

  const db = await getDb();
  if (letterId) {
    if (!own)
      return {
        ...keep,
        status: 'invalid',
        fieldErrors: {},
        message: 'We could not find this letter in this browser. Open it from your private link, then edit again.',
      };
    const { composedOn, journey } = own.letter;
    // The notice is not pasted again when editing: its gaps stay while the plan type they were judged under does.
    const kept = own.letter.case.planType === outcome.case.planType ? own.letter.case.noticeGaps : [];
    const edited = { ...outcome.case, noticeGaps: outcome.keep.notice ? outcome.case.noticeGaps : kept };
    await updateLetter(db, letterId, own.token, { case: edited, composedOn, journey, timeZone });
    log.info('letter.updated', { letterId, requestId: await requestId() });
    redirect(`/appeal/${letterId}`);
  }
  const limited = await hit('letters', await clientKey());
  if (!limited.ok) {
    log.warn('letter.rate_limited', { requestId: await requestId() });
    return { ...keep, status: 'invalid', fieldErrors: {}, message: rateLimitMessage('created letters', limited.retryAfterSeconds) };
  }
  const { id, token } = await createLetter(db, { case: outcome.case, composedOn: today, timeZone });
  log.info('letter.created', { letterId: id, requestId: await requestId() });
  await setLetterCookie(id, token);
  redirect(`/appeal/${id}`);
}
