import type { PlanType } from '@/lib/appeal/plans';

/** Each body of law, and the only plan types whose letters and deadlines may cite or name it. */
const GROUP: PlanType[] = ['employer', 'grandfathered', 'government-employer', 'church', 'individual'];
export const FOREIGN_LAW: [RegExp, PlanType[]][] = [
  [/\bERISA\b/, ['employer', 'grandfathered']],
  [/29 U\.S\.C\. 113[23]|EBSA|Department of Labor/, ['employer', 'grandfathered']],
  [/2590\.715-2719/, ['employer']],
  [/2560\.503-1/, GROUP],
  [/54\.9815-2719/, ['church']],
  [/147\.136/, ['government-employer', 'church', 'individual', 'employer', 'grandfathered']],
  [/156\.122/, ['individual']],
  [/CFR 422\./, ['medicare-advantage']],
  [/CFR 423\./, ['medicare-part-d']],
  [/CFR 405\.|1395ff/, ['original-medicare']],
  [/CFR 438\./, ['medicaid']],
  [/CFR 431\.|1396a/, ['medicaid-fee-for-service']],
  [/CFR 457\./, ['chip']],
  [/CFR 890\.|FEHB/, ['fehb']],
  [/CFR 199\.|CFR 478\./, ['tricare']],
];

/** The patterns of law that must not appear for this plan type. */
export function lawForeignTo(plan: PlanType): RegExp[] {
  return FOREIGN_LAW.filter(([, allowed]) => !allowed.includes(plan)).map(([pattern]) => pattern);
}
