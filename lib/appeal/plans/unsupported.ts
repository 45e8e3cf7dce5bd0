import { isPlanType } from './plan-types';

/**
 * Coverage we do not draft letters for. A letter for these would cite the wrong law, so the form and the
 * letter command answer with where to appeal instead.
 */
export const UNSUPPORTED_PLANS = {
  va: {
    label: 'VA health care or CHAMPVA',
    answer:
      'We don’t draft letters for VA health care yet. VA care is not health insurance, so its decisions are not appealed to a plan. For a disagreement about your medical care, start with the Patient Advocate at your VA medical center; for a decision about benefits or eligibility, follow the review options on the VA’s notice. CHAMPVA, for some family members, has its own appeal steps, which its notice describes.',
  },
  'short-term': {
    label: 'Short-term health insurance',
    answer:
      'We don’t draft letters for short-term health insurance yet. Short-term policies are not covered by the federal appeal rules for Marketplace and employer plans: follow the appeal steps in your policy, and if the insurer will not reconsider, contact your state insurance department.',
  },
  'sharing-ministry': {
    label: 'Health care sharing ministry',
    answer:
      'We don’t draft letters for health care sharing ministries. They are not insurance, so the insurance appeal rules do not apply: use the ministry’s own dispute process, and contact your state insurance department or attorney general if you think it is acting as an insurer.',
  },
  'not-sure': {
    label: 'I’m not sure',
    answer:
      'Your plan type decides your deadlines and the rules the letter cites, so we need it before drafting. Answer a few questions at “Find your plan type” (/plan-type) and come back with the answer.',
  },
} as const;

export type UnsupportedPlan = keyof typeof UNSUPPORTED_PLANS;

export const OTHER_PLAN_ANSWER =
  'We don’t draft letters for this kind of coverage yet, because a letter could cite the wrong law. Your denial notice must say how to appeal: follow its steps, and ask your state’s health insurance consumer assistance program or insurance department for help.';

/** The honest answer for a plan type we cannot draft for, or undefined for one we support. */
export function unsupportedAnswer(value: string): string | undefined {
  if (isPlanType(value)) return undefined;
  return (UNSUPPORTED_PLANS as Record<string, { answer: string }>)[value]?.answer ?? OTHER_PLAN_ANSWER;
}
