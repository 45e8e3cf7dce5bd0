import { PLAN_RULES } from '@/lib/appeal/plans';
import { spanWords } from '@/lib/appeal/plans/describe';
import type { State } from './types';

type Window = { days: number } | { months: number };

/** A state's window in words. */
export const stateWindowWords = (w: Window) => spanWords(w);

/** Roughly in days, only to compare a state's window with the federal floor (a month counts as 30 days here). */
const approxDays = (w: Window) => ('days' in w ? w.days : w.months * 30);

/** The federal floor for a state's external review process, from the rules module. */
export function federalExternalReviewFloor(): Window {
  const span = PLAN_RULES.individual.nextLevels[0]?.window?.span;
  if (!span || !('months' in span || 'days' in span)) throw new Error('the external review window must be in days or months');
  return span as Window;
}

/** longer, same or shorter than the federal floor: a state process may give more time, not less. */
export function compareToFloor(w: Window): 'longer' | 'same' | 'shorter' {
  const floor = approxDays(federalExternalReviewFloor());
  const mine = approxDays(w);
  return Math.abs(mine - floor) <= 3 ? 'same' : mine > floor ? 'longer' : 'shorter';
}

/** The date a fact was checked: its own date, or the file's. */
export const verifiedOn = (state: State, block: { verified?: string }) => block.verified ?? state.lastVerified;

/**
 * Whom a page sends the patient to when a fact is not verified: the state's first listed regulator (and its
 * consumer assistance program), or its insurance department by description when none is listed.
 */
export function whomToAsk(state: State): { ask: string; askForHelp: string } {
  const regulator = state.regulators[0]?.name ?? `the ${state.name} insurance department`;
  const sentenceStart = regulator.charAt(0).toUpperCase() + regulator.slice(1);
  return {
    ask: `Ask ${regulator}${state.consumerAssistance ? ` or ${state.consumerAssistance.name}` : ''}.`,
    askForHelp: `${sentenceStart} can tell you who helps with appeals.`,
  };
}
