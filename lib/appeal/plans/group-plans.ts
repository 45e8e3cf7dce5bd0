import * as C from './citations';
import type { Certainty, Clock, DecisionClocks, FilingWindow, Level, PlanRules, Right } from './types';

/**
 * Plans that follow the ERISA claims procedure (ERISA_CLAIMS): directly (private employers), or as
 * incorporated by HHS's rule (individual coverage, government employers) or the Treasury's (church plans).
 * APPEAL-RULES.md §(a), (b), (c), (j), (k).
 */

const right = (citation: string, certainty: Certainty = 'verified'): Right => ({ citation, certainty });

const appealWindow = (citation: string, certainty: Certainty = 'verified'): FilingWindow => ({
  span: { days: 180 },
  countsFrom: 'receipt',
  citation,
  certainty,
});

function claimsClocks(citation: string, urgentCitation: string, certainty: Certainty, note?: string): DecisionClocks {
  const clock = (span: Clock['span'], cite = citation): Clock => ({ span, citation: cite, certainty });
  return { urgent: clock({ hours: 72 }, urgentCitation), 'pre-service': clock({ days: 30 }), 'post-service': clock({ days: 60 }), note };
}

const TWO_LEVELS = 'A plan with two appeal levels has half the time at each level.';
const ONE_LEVEL = 'Individual coverage has one level of internal appeal.';

/** `decisionCitation` replaces HHS's clocks for plans outside HHS's reach (church plans: the Treasury's rule). */
function externalReview(citation: string, who: string, certainty: Certainty = 'verified', decisionCitation?: string): Level {
  return {
    id: 'external-review',
    name: 'independent external review',
    who,
    automatic: false,
    window: { span: { months: 4 }, countsFrom: 'receipt', rollsToBusinessDay: true, citation, certainty },
    decision: {
      standard: { span: { days: 45 }, citation: decisionCitation ?? C.HHS_EXTERNAL_REVIEW_DECISION, certainty },
      expedited: { span: { hours: 72 }, citation: decisionCitation ?? C.HHS_EXPEDITED_EXTERNAL_REVIEW, certainty },
    },
    onlyFor:
      'denials that turn on medical judgment (medical necessity, level of care, experimental treatment), surprise-billing disputes and rescissions; not pure eligibility questions',
    citation,
    certainty,
  };
}

const ERISA_RIGHTS: PlanRules['rights'] = {
  claimFile: right(C.ERISA_CLAIM_FILE),
  relevant: right(C.ERISA_RELEVANT),
  clinicalJudgment: right(C.ERISA_CLINICAL_JUDGMENT),
  criteria: right(C.ERISA_CRITERIA),
  experts: right(C.ERISA_EXPERTS),
  fairReviewer: right(C.ERISA_FAIR_REVIEWER),
  fullReview: right(C.ERISA_FULL_REVIEW),
  noDeference: right(C.ERISA_NO_DEFERENCE),
};

const physicianUrgent = (cite: (r: string) => string) =>
  `A claim that a physician with knowledge of the patient’s condition considers urgent must be treated as urgent (${cite(C.ERISA_URGENT_DEFINITION)}).`;

const URGENT_WHEN =
  'waiting the standard time could seriously jeopardize the patient’s life, health or ability to regain maximum function, or the treating physician says the claim is urgent';

export const employer: PlanRules = {
  type: 'employer',
  label: 'Employer plan (private employer or union)',
  short: 'private employer plans',
  recognize:
    'Coverage through a job at a private company, union, private university or private hospital, for you or a family member, including a private employer’s retiree plan. The plan booklet has a statement of ERISA rights.',
  regulator:
    'The U.S. Department of Labor (Employee Benefits Security Administration); for a plan the employer buys from an insurer, also your state insurance department.',
  erisa: true,
  decider: 'the plan',
  appealName: 'internal appeal',
  decisionName: 'adverse benefit determination',
  appealWindow: appealWindow(C.ERISA_APPEAL_WINDOW),
  decisions: claimsClocks(C.ERISA_APPEAL_DECISION, C.ERISA_URGENT_DECISION, 'verified', TWO_LEVELS),
  expedited: { ...right(C.ERISA_URGENT_DEFINITION), when: URGENT_WHEN },
  nextLevels: [
    externalReview(
      `${C.HHS_EXTERNAL_REVIEW_WINDOW}; ${C.DOL_ACA_APPEALS}`,
      'An independent review organization: through your state’s program if the employer bought the plan from an insurer, or through the federal process if the employer pays the claims itself (self-funded).',
    ),
  ],
  concurrentExpeditedExternal: right(C.HHS_EXPEDITED_EXTERNAL_REVIEW, 'secondary'),
  deemedExhaustion: {
    ...right(`${C.ERISA_DEEMED_EXHAUSTION}; ${C.DOL_ACA_DEEMED_EXHAUSTION}`),
    action: 'patient',
    text: 'If the plan does not strictly follow the appeal rules, including its deadline to decide, you may treat the internal appeal as finished and go straight to external review or to court. Minor, harmless slips made in good faith do not count.',
  },
  continuedCoverage: { ...right(C.DOL_ACA_CONTINUED_COVERAGE), kind: 'required' },
  rights: { ...ERISA_RIGHTS, newEvidence: right(C.DOL_ACA_NEW_EVIDENCE), codes: right(C.DOL_ACA_NOTICE) },
  letter: {
    governingLaw: () => 'This plan is an employer group health plan governed by ERISA.',
    appealRight: (patient, cite) => `an adverse benefit determination that ${patient} is entitled to appeal under ${cite(C.ERISA_CLAIMS)}`,
    expedited: (_, cite) => [physicianUrgent(cite)],
    missedDeadline: (cite) =>
      `Because the plan has not decided the appeal within the time the claims procedure allows, it has not followed that procedure, and the internal appeal is deemed exhausted (${cite(C.ERISA_DEEMED_EXHAUSTION)}; ${cite(C.DOL_ACA_DEEMED_EXHAUSTION)}). I am therefore requesting external review of the denial. If you believe the delay was a minor error that did not harm me, please explain that in writing.`,
  },
};

export const governmentEmployer: PlanRules = {
  ...employer,
  type: 'government-employer',
  label: 'Government employer plan (state, county, city, school district, public university)',
  short: 'government employer plans',
  recognize:
    'Coverage through a job with a state, county, city, school district, public college or university, public hospital district or transit authority. The booklet has no statement of ERISA rights, and a state employee benefits board often runs the plan.',
  regulator:
    'The U.S. Department of Health and Human Services (CMS) enforces the federal appeal rules; for a plan bought from an insurer, also your state insurance department.',
  erisa: false,
  appealWindow: appealWindow(C.HHS_GROUP_PLANS),
  decisions: claimsClocks(C.HHS_GROUP_PLANS, C.HHS_GROUP_PLANS, 'verified', TWO_LEVELS),
  expedited: { ...right(C.HHS_GROUP_PLANS), when: URGENT_WHEN },
  nextLevels: [
    externalReview(
      C.HHS_EXTERNAL_REVIEW_WINDOW,
      'An independent review organization: through your state’s program if the plan is insured or state law reaches it; otherwise the HHS-administered federal process or an accredited reviewer the plan contracts with.',
    ),
  ],
  deemedExhaustion: {
    ...right(C.HHS_GROUP_DEEMED_EXHAUSTION),
    action: 'patient',
    text: 'If the plan does not strictly follow the appeal rules, including its deadline to decide, you may treat the internal appeal as finished and go to external review, or use the remedies state law gives. Minor, harmless slips made in good faith do not count.',
  },
  continuedCoverage: { ...right(C.HHS_GROUP_CONTINUED_COVERAGE), kind: 'required' },
  rights: { ...ERISA_RIGHTS, newEvidence: right(C.HHS_GROUP_NEW_EVIDENCE), codes: right(C.HHS_GROUP_NOTICE) },
  letter: {
    governingLaw: (cite) =>
      `This plan is a non-federal governmental health plan. Under ${cite(C.HHS_GROUP_PLANS)}, it must follow the claims and appeals procedures of ${cite(C.ERISA_CLAIMS)}, and the other requirements of ${cite(C.HHS_APPEALS)}.`,
    appealRight: (patient, cite) => `an adverse benefit determination that ${patient} is entitled to appeal under ${cite(C.HHS_GROUP_PLANS)}`,
    expedited: (_, cite) => [physicianUrgent(cite)],
    missedDeadline: (cite) =>
      `Because the plan has not decided the appeal within the time allowed, it has not strictly followed the internal appeal requirements, and the internal appeal is deemed exhausted (${cite(C.HHS_GROUP_DEEMED_EXHAUSTION)}). I am therefore requesting external review of the denial. If you believe the delay was a minor error that did not harm me, please explain that in writing.`,
  },
};

export const church: PlanRules = {
  ...employer,
  type: 'church',
  label: 'Church plan (church, diocese or religious order, or a church-affiliated hospital or school)',
  short: 'church plans',
  recognize:
    'Coverage through a church, a convention of churches, a diocese or a religious order, and often through church-affiliated hospitals, schools and charities. The booklet says it is a “church plan” or that it is not subject to ERISA. If it says the plan elected to be covered by ERISA, choose the employer plan instead.',
  regulator: 'The U.S. Treasury (IRS) for the federal appeal rules; for a plan bought from an insurer, also your state insurance department.',
  erisa: false,
  appealWindow: appealWindow(C.TREASURY_GROUP_PLANS, 'secondary'),
  decisions: claimsClocks(C.TREASURY_GROUP_PLANS, C.TREASURY_GROUP_PLANS, 'secondary', TWO_LEVELS),
  expedited: { ...right(C.TREASURY_GROUP_PLANS, 'secondary'), when: URGENT_WHEN },
  nextLevels: [
    externalReview(
      C.TREASURY_EXTERNAL_REVIEW,
      'An independent review organization: through your state’s program if the plan is bought from an insurer; otherwise the federal accredited-reviewer process.',
      'secondary',
      C.TREASURY_EXTERNAL_REVIEW,
    ),
  ],
  concurrentExpeditedExternal: right(C.TREASURY_EXTERNAL_REVIEW, 'secondary'),
  deemedExhaustion: {
    ...right(C.TREASURY_DEEMED_EXHAUSTION, 'secondary'),
    action: 'patient',
    text: 'If the plan does not strictly follow the appeal rules, including its deadline to decide, you may treat the internal appeal as finished and go to external review, or use the remedies state law gives.',
  },
  continuedCoverage: { ...right(C.TREASURY_CONTINUED_COVERAGE, 'secondary'), kind: 'required' },
  rights: { ...ERISA_RIGHTS },
  letterWarnings: [
    'If your plan booklet says the plan chose to be covered by ERISA (a “section 410(d) election”), choose the employer plan type instead: the letter then cites the rules that apply.',
  ],
  letter: {
    governingLaw: (cite) =>
      `This plan is a church plan. Under ${cite(C.TREASURY_GROUP_PLANS)}, it must follow the claims and appeals procedures of ${cite(C.ERISA_CLAIMS)}. If the plan is insured, the insurer is also bound by ${cite(C.HHS_APPEALS)}.`,
    appealRight: (patient, cite) => `an adverse benefit determination that ${patient} is entitled to appeal under ${cite(C.TREASURY_GROUP_PLANS)}`,
    expedited: (_, cite) => [physicianUrgent(cite)],
    missedDeadline: (cite) =>
      `Because the plan has not decided the appeal within the time allowed, it has not followed the internal appeal requirements, and the internal appeal is deemed exhausted (${cite(C.TREASURY_DEEMED_EXHAUSTION)}). I am therefore requesting external review of the denial.`,
  },
};

export const individual: PlanRules = {
  ...employer,
  type: 'individual',
  label: 'Individual or Marketplace plan (bought by you)',
  short: 'Marketplace and individual plans',
  recognize: 'A plan you or your family bought yourselves: on HealthCare.gov, on a state marketplace, or directly from an insurer.',
  regulator: 'Your state insurance department, and HHS (CMS) for the federal appeal rules.',
  erisa: false,
  appealWindow: appealWindow(C.HHS_INDIVIDUAL),
  decisions: claimsClocks(`${C.ERISA_APPEAL_DECISION}; ${C.HHS_INDIVIDUAL}`, `${C.ERISA_URGENT_DECISION}; ${C.HHS_INDIVIDUAL}`, 'verified', ONE_LEVEL),
  expedited: { ...right(`${C.ERISA_URGENT_DEFINITION}; ${C.HHS_INDIVIDUAL}`), when: URGENT_WHEN },
  drugExceptions: {
    reasons: ['non-formulary'],
    standard: { span: { hours: 72 }, citation: C.EHB_DRUG_EXCEPTIONS, certainty: 'verified' },
    expedited: { span: { hours: 24 }, citation: C.EHB_DRUG_EXCEPTIONS, certainty: 'verified' },
    basis: 'the drug exception process',
    citation: C.EHB_DRUG_EXCEPTIONS,
  },
  nextLevels: [externalReview(C.HHS_EXTERNAL_REVIEW_WINDOW, 'An independent review organization, through your state’s program or the federal process.')],
  deemedExhaustion: {
    ...right(C.HHS_INDIVIDUAL_DEEMED_EXHAUSTION),
    action: 'patient',
    text: 'If the insurer does not strictly follow the appeal rules, including its deadline to decide, you may treat the internal appeal as finished and go straight to external review. Minor, harmless slips made in good faith do not count.',
  },
  continuedCoverage: { ...right(C.HHS_INDIVIDUAL_CONTINUED_COVERAGE), kind: 'required' },
  rights: { ...ERISA_RIGHTS, newEvidence: right(C.HHS_INDIVIDUAL) },
  letter: {
    governingLaw: (cite) =>
      `This is individual health insurance coverage. Under ${cite(C.HHS_INDIVIDUAL)}, the issuer must follow the claims and appeals procedures of ${cite(C.ERISA_CLAIMS)}.`,
    appealRight: (patient, cite) => `an adverse benefit determination that ${patient} is entitled to appeal under ${cite(C.HHS_INDIVIDUAL)}`,
    expedited: (_, cite) => [physicianUrgent(cite)],
    missedDeadline: (cite) =>
      `Because you have not decided the appeal within the time allowed, you have not strictly followed the internal appeal requirements, and the internal appeal is deemed exhausted (${cite(C.HHS_INDIVIDUAL_DEEMED_EXHAUSTION)}). I am therefore requesting external review of the denial. If you believe the delay was a minor error that did not harm me, please explain that in writing.`,
  },
};

export const grandfathered: PlanRules = {
  ...employer,
  type: 'grandfathered',
  label: 'Grandfathered plan (its booklet says so)',
  short: 'grandfathered plans',
  recognize:
    'The plan booklet says it believes it is a “grandfathered health plan”: a plan that existed before March 23, 2010 and has not changed much since. Ask the employer or insurer if you are not sure.',
  regulator: 'For an employer plan, the U.S. Department of Labor; for an individual policy, your state insurance department.',
  appealWindow: appealWindow(C.ERISA_APPEAL_WINDOW, 'secondary'),
  nextLevels: [
    {
      ...externalReview(
        C.HHS_GRANDFATHERED_EXCEPTION,
        'An independent review organization, only for surprise-billing disputes; your state law or plan documents may give more.',
        'verified',
      ),
      window: null,
      onlyFor: 'surprise-billing disputes under the No Surprises Act; for anything else, your state law or plan documents may give a review',
    },
  ],
  concurrentExpeditedExternal: undefined,
  deemedExhaustion: {
    ...right(C.ERISA_DEEMED_EXHAUSTION),
    action: 'patient',
    text: 'If the plan does not follow the claims procedure, you may treat the appeal as finished and go to court. Grandfathered plans do not have the stricter federal rule of newer plans.',
  },
  continuedCoverage: { ...right(C.ERISA_CONCURRENT_CARE), kind: 'required' },
  rights: ERISA_RIGHTS,
  letter: {
    ...employer.letter,
    missedDeadline: (cite) =>
      `Because the plan has not decided the appeal within the time the claims procedure allows, it has not followed that procedure, and I am entitled to treat the claim as denied and pursue the remedies the law provides (${cite(C.ERISA_DEEMED_EXHAUSTION)}).`,
  },
  letterWarnings: [
    'The letter treats your grandfathered plan as a private employer’s plan. If it is an individual policy, or a government or church employer’s plan, these federal rules do not apply to it: your plan documents and state law set the rules, so do not send this letter as it is.',
  ],
};
