/** Plan types the product distinguishes (BRIEF.md "Appeal rules by plan type"). */
export const PLAN_TYPES = [
  'employer',
  'individual',
  'grandfathered',
  'medicare-advantage',
  'medicare-part-d',
  'medicaid',
  'fehb',
] as const;

export type PlanType = (typeof PLAN_TYPES)[number];

export const PLAN_TYPE_LABELS: Record<PlanType, string> = {
  employer: 'Employer group plan (ERISA)',
  individual: 'Individual or Marketplace plan (ACA)',
  grandfathered: 'Grandfathered plan',
  'medicare-advantage': 'Medicare Advantage (Part C)',
  'medicare-part-d': 'Medicare Part D (drug plan)',
  medicaid: 'Medicaid managed care',
  fehb: 'Federal employee plan (FEHB)',
};
