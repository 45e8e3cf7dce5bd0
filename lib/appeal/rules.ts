import type { PlanType } from './plan-types';

/**
 * The appeal rules by plan type, in words, with their citations (BRIEF.md table; APPEAL-RULES.md).
 * Guide pages show this table; the deadline engine turns it into dates.
 */
export type PlanRuleSummary = {
  /** The appeal window in two or three words, for the at-a-glance box. */
  window: string;
  fileAppeal: string;
  fileCitation: string;
  planDecides: string;
  decideCitation: string;
  externalReview: string;
  externalCitation: string;
};

export const PLAN_RULES: Record<PlanType, PlanRuleSummary> = {
  employer: {
    window: '180 days',
    fileAppeal: '180 days from receiving the denial (we count from the date on the letter, which is never later)',
    fileCitation: '29 CFR 2560.503-1(h)(3)(i)',
    planDecides: '72 hours if urgent; 30 days before the service; 60 days after the service (one appeal level)',
    decideCitation: '29 CFR 2560.503-1(i)(2)',
    externalReview: 'Request within 4 calendar months of the final internal denial; the independent reviewer decides in 45 days, or 72 hours if expedited; binding on the plan',
    externalCitation: '45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719',
  },
  individual: {
    window: '180 days',
    fileAppeal: '180 days from receiving the denial',
    fileCitation: '45 CFR 147.136(b)(3)',
    planDecides: '72 hours if urgent; 30 days before the service; 60 days after the service; one level only',
    decideCitation: '45 CFR 147.136(b)(3)(ii)(G)',
    externalReview: 'Request within 4 calendar months of the final internal denial; decision in 45 days, or 72 hours if expedited; binding',
    externalCitation: '45 CFR 147.136(d)(2)(i)',
  },
  grandfathered: {
    window: '180 days (employer plans)',
    fileAppeal: 'Employer plans: 180 days from receiving the denial; other plans: the plan documents and state law',
    fileCitation: '29 CFR 2560.503-1(h)(3)(i)',
    planDecides: '72 hours if urgent; 30 days before the service; 60 days after the service',
    decideCitation: '29 CFR 2560.503-1(i)(2)',
    externalReview: 'No federal external review, except for No Surprises Act disputes; check state law and your plan documents',
    externalCitation: '45 CFR 147.136(a)(1)(ii)',
  },
  'medicare-advantage': {
    window: '65 days',
    fileAppeal: '65 days from the date on the notice (60 days after receipt, presumed 5 days after the notice date)',
    fileCitation: '42 CFR 422.582(b)',
    planDecides: '72 hours if expedited; 30 days before the service; 7 days for a Part B drug; 60 days for payment',
    decideCitation: '42 CFR 422.590',
    externalReview: 'Automatic: if the plan upholds its denial, it must send your case to the Independent Review Entity without a request from you',
    externalCitation: '42 CFR 422.592',
  },
  'medicare-part-d': {
    window: '65 days',
    fileAppeal: '65 days from the date on the notice',
    fileCitation: '42 CFR 423.582(b)',
    planDecides: '72 hours if expedited; 7 days standard; 14 days for payment',
    decideCitation: '42 CFR 423.590',
    externalReview: 'You or the prescriber ask the Independent Review Entity within 60 days of receiving the plan’s decision (about 65 days from its date)',
    externalCitation: '42 CFR 423.600',
  },
  medicaid: {
    window: '60 days',
    fileAppeal: '60 days from the date on the notice',
    fileCitation: '42 CFR 438.402(c)(2)(ii)',
    planDecides: '72 hours if expedited; 30 days standard',
    decideCitation: '42 CFR 438.408(b)(2), (b)(3)',
    externalReview: 'State fair hearing, requested within your state’s window (90 to 120 days from the plan’s decision)',
    externalCitation: '42 CFR 438.408(f)(2)',
  },
  fehb: {
    window: '6 months',
    fileAppeal: '6 months from the date of the carrier’s notice',
    fileCitation: '5 CFR 890.105(b)(1)',
    planDecides: '30 days',
    decideCitation: '5 CFR 890.105(b)(2)',
    externalReview: 'OPM review, requested within 90 days of the carrier’s decision',
    externalCitation: '5 CFR 890.105(e)',
  },
};
