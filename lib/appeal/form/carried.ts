import type { AppealFormState } from './state';
import { encodePlan } from './steps';

/** The hidden fields that carry where the patient is and what was read, from one step to the next. */
export const CARRIED = {
  step: 'step',
  plan: 'stepPlan',
  change: 'change',
  hint: 'planTypeHint',
  hintEvidence: 'planTypeHintEvidence',
  notice: 'noticeItems',
  appealDecision: 'appealDecision',
} as const;

/** The hidden-field values for a state (the form renders them; the next post reads them back). */
export function carriedFields(state: AppealFormState): Record<string, string> {
  return {
    [CARRIED.step]: state.step,
    [CARRIED.plan]: encodePlan(state.plan),
    [CARRIED.change]: state.change ? '1' : '',
    ...(state.planTypeHint ? { [CARRIED.hint]: state.planTypeHint.planType, [CARRIED.hintEvidence]: state.planTypeHint.evidence } : {}),
    ...(state.notice ? { [CARRIED.notice]: state.notice.items.join(','), [CARRIED.appealDecision]: state.notice.appealDecision ? '1' : '' } : {}),
  };
}
