import type { ReasonSlug } from '@/lib/content/reasons';
import { fehb, tricare } from './federal';
import { church, employer, governmentEmployer, grandfathered, individual } from './group-plans';
import { chip, medicaid, medicaidFeeForService } from './medicaid';
import { medicareAdvantage, medicarePartD, originalMedicare } from './medicare';
import { PLAN_TYPES, type PlanType, type ServiceTiming } from './plan-types';
import type { Certainty, PlanRules } from './types';

/**
 * The plan-rules module: the one place each plan type's rules are written (label, regulator, windows,
 * clocks, next levels, rights, citations). The deadline engine, guide pages, letters and /how-we-count
 * read these objects; nothing else states a rule.
 */
export const PLAN_RULES: Record<PlanType, PlanRules> = {
  employer,
  'government-employer': governmentEmployer,
  church,
  individual,
  grandfathered,
  fehb,
  'medicare-advantage': medicareAdvantage,
  'medicare-part-d': medicarePartD,
  'original-medicare': originalMedicare,
  medicaid,
  'medicaid-fee-for-service': medicaidFeeForService,
  chip,
  tricare,
};

/** The rules for a plan type, with any track its denial reason puts it on (TRICARE's medical-necessity track). */
export function rulesFor(type: PlanType, reason?: ReasonSlug): PlanRules {
  const base = PLAN_RULES[type];
  const track = reason ? base.byReason?.[reason] : undefined;
  return track ? { ...base, ...track } : base;
}

/** The track a reason puts the plan on, in words, if it has one. */
export function trackFor(type: PlanType, reason: ReasonSlug): string | undefined {
  return PLAN_RULES[type].byReason?.[reason]?.track;
}

/**
 * The one definition of "expedited": the patient marked it urgent, the care has not all been received yet
 * (an appeal about paying for past care runs on the standard clock), and the plan type has an expedited path.
 */
export function isExpedited(c: { planType: PlanType; reason?: ReasonSlug; urgent: boolean; timing: ServiceTiming }): boolean {
  return c.urgent && c.timing !== 'post-service' && rulesFor(c.planType, c.reason).expedited !== null;
}

/** A figure we could not confirm in the primary text makes the product say "check your notice". */
export const checkNotice = (certainty: Certainty) => certainty !== 'verified';

/** Plan types whose appeal window the state sets: the notice gives the number of days, and the form asks for it. */
export const STATE_SET_WINDOW: readonly PlanType[] = PLAN_TYPES.filter((p) => !PLAN_RULES[p].appealWindow.span);

export const PLAN_LABELS: Record<PlanType, string> = Object.fromEntries(PLAN_TYPES.map((t) => [t, PLAN_RULES[t].label])) as Record<PlanType, string>;

export { PLAN_TYPES, SERVICE_TIMINGS, isPlanType, type PlanType, type ServiceTiming } from './plan-types';
export type { Certainty, Clock, FilingWindow, Level, LevelId, PlanRules, Span } from './types';
