/**
 * The plan types the product supports, at the bottom of the module graph so `lib/content` can validate
 * against them without importing the appeal core. Everything else about a plan type lives beside this
 * file, in the plan-rules module (`lib/appeal/plans`).
 */
export const PLAN_TYPES = [
  'employer',
  'government-employer',
  'church',
  'individual',
  'grandfathered',
  'fehb',
  'medicare-advantage',
  'medicare-part-d',
  'original-medicare',
  'medicaid',
  'medicaid-fee-for-service',
  'chip',
  'tricare',
] as const;

export type PlanType = (typeof PLAN_TYPES)[number];

export function isPlanType(value: unknown): value is PlanType {
  return typeof value === 'string' && (PLAN_TYPES as readonly string[]).includes(value);
}

/** Whether the care has happened yet: it picks the plan's decision clock. */
export const SERVICE_TIMINGS = ['pre-service', 'post-service', 'ongoing'] as const;
export type ServiceTiming = (typeof SERVICE_TIMINGS)[number];
