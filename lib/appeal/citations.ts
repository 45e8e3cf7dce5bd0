import type { ComposeContext } from './context';
import { possessive, sentence } from './format';
import type { PlanType } from './plan-types';

export const ERISA = '29 CFR 2560.503-1';

/** What each plan type calls the first-level appeal. */
export const APPEAL_NAME: Record<PlanType, string> = {
  employer: 'internal appeal',
  grandfathered: 'internal appeal',
  individual: 'internal appeal',
  'medicare-advantage': 'reconsideration',
  'medicare-part-d': 'redetermination',
  medicaid: 'appeal',
  fehb: 'reconsideration',
};

/** The decision being appealed, in each regime's own words. */
const DECISION_NAME: Record<PlanType, string> = {
  employer: 'adverse benefit determination',
  grandfathered: 'adverse benefit determination',
  individual: 'adverse benefit determination',
  'medicare-advantage': 'organization determination',
  'medicare-part-d': 'coverage determination',
  medicaid: 'adverse benefit determination',
  fehb: 'decision',
};

export function decisionName(planType: PlanType): string {
  return DECISION_NAME[planType];
}

/** "…that the patient is entitled to appeal (citation)": the plan type's basic right of appeal. */
export function appealRight({ c, cite }: ComposeContext): string {
  switch (c.planType) {
    case 'employer':
    case 'grandfathered':
      return `an adverse benefit determination that ${c.patientName} is entitled to appeal under ${cite(ERISA)}`;
    case 'individual':
      return `an adverse benefit determination that ${c.patientName} is entitled to appeal under ${cite('45 CFR 147.136(b)(3)')}`;
    case 'medicare-advantage':
      return `an organization determination that ${c.patientName} is entitled to have reconsidered under ${cite('42 CFR 422.582')}`;
    case 'medicare-part-d':
      return `a coverage determination that ${c.patientName} is entitled to have redetermined under ${cite('42 CFR 423.582')}`;
    case 'medicaid':
      return `an adverse benefit determination that ${c.patientName} is entitled to appeal under ${cite('42 CFR 438.402')}`;
    case 'fehb':
      return `a denial that ${c.patientName} is entitled to have reconsidered under ${cite('5 CFR 890.105')}`;
  }
}

const JEOPARDY = 'could seriously jeopardize';

/** The expedited-review request with the plan type's 72-hour rule. Only called when the case is urgent. */
export function expeditedParagraphs(ctx: ComposeContext): string[] {
  const { c, cite, warn } = ctx;
  const who = possessive(c.patientName);
  const harm = `Waiting the standard time ${JEOPARDY} ${who} life, health or ability to regain maximum function`;
  const why = c.urgentWhy ? `${harm}. Reason for urgency: ${sentence(c.urgentWhy)}` : `${harm}.`;
  const physician = `The prescribing physician, who signs below, asks that this ${APPEAL_NAME[c.planType]} be treated as urgent.`;
  switch (c.planType) {
    case 'employer':
    case 'grandfathered':
      return [
        `I request expedited review of this appeal as an urgent care claim, with a decision within 72 hours (${cite(`${ERISA}(i)(2)`)}). ${why}`,
        `${physician} A claim that a physician with knowledge of the patient’s condition considers urgent must be treated as urgent (${cite(`${ERISA}(m)(1)`)}).`,
      ];
    case 'individual':
      return [
        `I request expedited review of this appeal as an urgent care claim, with a decision within 72 hours (${cite(`${ERISA}(i)(2)`)}, applied to individual coverage by ${cite('45 CFR 147.136(b)(3)')}). ${why}`,
        `${physician} A claim that a physician with knowledge of the patient’s condition considers urgent must be treated as urgent (${cite(`${ERISA}(m)(1)`)}).`,
      ];
    case 'medicare-advantage':
      return [
        `I request an expedited reconsideration, with a decision within 72 hours (${cite('42 CFR 422.590(e)')}). ${why}`,
        `${physician} When a physician indicates that the standard time frame ${JEOPARDY} the enrollee’s life, health or ability to regain maximum function, the plan must expedite the reconsideration (${cite('42 CFR 422.584')}).`,
      ];
    case 'medicare-part-d':
      return [
        `I request an expedited redetermination, with a decision within 72 hours (${cite('42 CFR 423.590(d)')}). ${why}`,
        `${physician} When a physician indicates that the standard time frame ${JEOPARDY} the enrollee’s life, health or ability to regain maximum function, the plan must expedite the redetermination (${cite('42 CFR 423.584')}).`,
      ];
    case 'medicaid':
      return [
        `I request an expedited appeal, resolved within 72 hours (${cite('42 CFR 438.408(b)(3)')}). ${why}`,
        `${physician} When the provider indicates that the standard time ${JEOPARDY} the enrollee’s life, health or ability to attain, maintain or regain maximum function, the plan must expedite the appeal (${cite('42 CFR 438.410(a)')}).`,
      ];
    case 'fehb':
      warn('The 72-hour decision for urgent FEHB claims comes from your plan’s brochure, not from 5 CFR 890.105: check the urgent-claim section of your brochure and call the carrier to say the request is urgent.');
      return [`I ask that you treat this as an urgent care claim and decide it within 72 hours, as the plan brochure provides for urgent claims. ${why}`, physician];
  }
}
