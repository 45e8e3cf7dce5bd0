import type { AppealCase } from '../case-schema';
import { computeDeadlines, type Deadline } from '../deadlines';
import { journeyDeadlines } from '../journey-status';
import type { Journey } from '../journey';
import type { Letter } from '../letter';

/** A document, or the reason it cannot be drafted for this case yet (in words for the patient). */
export type DocumentResult = { letter: Letter } | { unavailable: string };

export const unavailable = (reason: string): DocumentResult => ({ unavailable: reason });

/**
 * Every dated step of the case: the appeal's deadlines, then the journey's own. A journey date replaces
 * the planning estimate it makes exact: the decision counted from a known receipt, the next level from
 * a known decision.
 */
export function caseDeadlines(c: AppealCase, journey: Journey, today: string): Deadline[] {
  const appeal = computeDeadlines({
    planType: c.planType,
    reason: c.reason,
    denialDate: c.denialDate,
    urgent: c.urgent,
    timing: c.timing,
    noticeDays: c.noticeDays,
    today,
  });
  const known = journeyDeadlines(c, journey, today);
  const replaced = new Set([
    ...(known.some((d) => d.id === 'decision-due') ? ['decision-expected'] : []),
    ...(known.some((d) => d.id === 'next-level-due') ? ['next-level'] : []),
  ]);
  return [...appeal.deadlines.filter((d) => !replaced.has(d.id)), ...known];
}
