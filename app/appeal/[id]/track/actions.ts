'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { applyJourneyUpdate, journeyUpdateSchema, type JourneyFieldErrors } from '@/lib/appeal/journey-update';
import { patientToday } from '@/lib/appeal/today';
import { getDb } from '@/lib/db';
import { loadOwnCase } from '@/lib/letters/load';
import { updateLetter } from '@/lib/letters/store';

export type TrackState = { fieldErrors: JourneyFieldErrors; values: Record<string, string>; version: number };

const FIELDS = ['intent', 'stage', 'sentOn', 'sentBy', 'receivedOn', 'receivedProof', 'decision', 'decisionDate', 'nextNoticeDays'] as const;

/** Records one step of the journey (sent, received, extended, decided, undo) in the sealed case. */
export async function updateJourney(id: string, prev: TrackState, form: FormData): Promise<TrackState> {
  const values = Object.fromEntries(FIELDS.flatMap((k) => (typeof form.get(k) === 'string' ? [[k, String(form.get(k))]] : []))) as Record<string, string>;
  const invalid = (fieldErrors: JourneyFieldErrors): TrackState => ({ fieldErrors, values, version: prev.version + 1 });
  const own = await loadOwnCase(id);
  if (!own) return invalid({ form: ['We could not find this case in this browser. Open it from your private link, then try again.'] });
  const parsed = journeyUpdateSchema.safeParse(values);
  if (!parsed.success) {
    const errors: JourneyFieldErrors = {};
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
    return invalid(errors);
  }
  const timeZone = String(form.get('timeZone') ?? '') || own.letter.timeZone;
  const result = applyJourneyUpdate(own.letter.case, own.letter.journey, parsed.data, patientToday(timeZone));
  if (!result.ok) return invalid(result.fieldErrors);
  const { case: c, composedOn } = own.letter;
  await updateLetter(await getDb(), id, own.token, { case: c, composedOn, journey: result.journey, timeZone });
  // Refresh the tracker for the patient with JavaScript; redirect (post, then get) for the patient without.
  revalidatePath(`/appeal/${id}/track`);
  redirect(`/appeal/${id}/track`);
}
