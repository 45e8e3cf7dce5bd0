import { joinAnd } from '../format';
import { shortWindow } from './describe';
import { PLAN_RULES } from './index';
import type { PlanType } from './plan-types';

/**
 * "180 days for private employer plans and Marketplace plans; 65 days for Medicare Advantage plans":
 * the first-appeal windows of the given plan types, grouped by length, in the order given.
 */
export function windowSummary(planTypes: readonly PlanType[]): string {
  const groups = new Map<string, string[]>();
  for (const type of planTypes) {
    const rules = PLAN_RULES[type];
    const window = shortWindow(rules.appealWindow);
    groups.set(window, [...(groups.get(window) ?? []), rules.short]);
  }
  return [...groups].map(([window, names]) => `${window} for ${joinAnd(names)}`).join('; ');
}

/** " For employer plans and Medicaid plans, the rules say …": only the plan types with a written right to the claim file. */
export function claimFileRight(planTypes: readonly PlanType[]): string {
  const withRight = planTypes.filter((t) => PLAN_RULES[t].rights.claimFile).map((t) => PLAN_RULES[t].short);
  return withRight.length ? ` For ${joinAnd(withRight)}, the rules say the plan must send them free of charge.` : '';
}
