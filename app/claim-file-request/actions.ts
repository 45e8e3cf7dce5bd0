'use server';

import { composeClaimFileRequest, parseClaimFileForm, type ClaimFileValues } from '@/lib/appeal/documents/claim-file-request';
import { renderText } from '@/lib/appeal/render-text';
import { patientToday } from '@/lib/appeal/today';

export type ClaimFileState = {
  values: ClaimFileValues;
  gaps: string[];
  fieldErrors: Record<string, string[]>;
  preview?: string;
  timeZone?: string;
  version: number;
};

/** Checks the form and returns the letter to read before downloading. Stores nothing and logs nothing. */
export async function previewClaimFileRequest(prev: ClaimFileState, form: FormData): Promise<ClaimFileState> {
  const { values, gaps, result } = parseClaimFileForm(form);
  const timeZone = String(form.get('timeZone') ?? '') || undefined;
  const version = prev.version + 1;
  if (!result.ok) return { values, gaps, fieldErrors: result.fieldErrors, version, timeZone };
  const letter = composeClaimFileRequest(result.request, { today: patientToday(timeZone) });
  return { values, gaps, fieldErrors: {}, preview: renderText(letter, result.request), version, timeZone };
}
