import * as C from './citations';
import type { PlanRules } from './types';

/** Medicaid (through a plan or the state) and separate CHIP. APPEAL-RULES.md §(f), (l), (m). */

const PROVIDER_EXPEDITE = (cite: string) =>
  `When the provider indicates that the standard time could seriously jeopardize the enrollee’s life, health or ability to attain, maintain or regain maximum function, the appeal must be expedited (${cite}).`;

export const medicaid: PlanRules = {
  type: 'medicaid',
  label: 'Medicaid through a health plan (managed care)',
  short: 'Medicaid health plans',
  recognize: 'A Medicaid card together with a health plan’s card or name (a managed care organization). The denial comes on the plan’s letterhead.',
  regulator: 'Your state Medicaid agency, under federal rules set by CMS.',
  erisa: false,
  decider: 'the plan',
  appealName: 'appeal',
  decisionName: 'adverse benefit determination',
  appealWindow: { span: { days: 60 }, countsFrom: 'notice-date', citation: C.MEDICAID_APPEAL_WINDOW, certainty: 'secondary' },
  decisions: {
    urgent: {
      span: { hours: 72 },
      citation: C.MEDICAID_DECISION_EXPEDITED,
      certainty: 'secondary',
      extension: {
        span: { days: 14 },
        citation: C.MEDICAID_DECISION_EXTENSION,
        certainty: 'secondary',
        when: 'if you ask for it, or the plan shows it needs more information and the delay is in your interest',
      },
    },
    'pre-service': {
      span: { days: 30 },
      citation: C.MEDICAID_DECISION_STANDARD,
      certainty: 'secondary',
      extension: {
        span: { days: 14 },
        citation: C.MEDICAID_DECISION_EXTENSION,
        certainty: 'secondary',
        when: 'if you ask for it, or the plan shows it needs more information and the delay is in your interest',
      },
    },
    'post-service': { span: { days: 30 }, citation: C.MEDICAID_DECISION_STANDARD, certainty: 'secondary' },
  },
  expedited: {
    citation: C.MEDICAID_EXPEDITE_REQUEST,
    certainty: 'secondary',
    when: 'the standard time could seriously jeopardize your life, health or ability to attain, maintain or regain maximum function',
  },
  nextLevels: [
    {
      id: 'state-fair-hearing',
      name: 'a State fair hearing',
      who: 'Your state’s Medicaid hearing office.',
      automatic: false,
      window: {
        span: null,
        countsFrom: 'notice-date',
        minimum: { days: 90 },
        maximum: { days: 120 },
        citation: C.MEDICAID_FAIR_HEARING_WINDOW,
        certainty: 'secondary',
      },
      citation: C.MEDICAID_FAIR_HEARING_WINDOW,
      certainty: 'secondary',
    },
  ],
  deemedExhaustion: {
    citation: C.MEDICAID_DEEMED_EXHAUSTION,
    certainty: 'secondary',
    action: 'patient',
    text: 'If the plan misses its deadline or does not follow the notice rules, you are treated as having finished the plan appeal and can ask for a State fair hearing right away.',
  },
  continuedCoverage: {
    citation: C.MEDICAID_CONTINUED_BENEFITS,
    certainty: 'secondary',
    kind: 'on-request',
    deadline: { span: { days: 10 }, countsFrom: 'notice-date' },
  },
  rights: {
    claimFile: { citation: C.MEDICAID_CASE_FILE, certainty: 'secondary' },
    newEvidence: { citation: C.MEDICAID_CASE_FILE, certainty: 'secondary' },
    criteria: { citation: C.MEDICAID_NOTICE_CRITERIA, certainty: 'verified' },
    fairReviewer: { citation: C.MEDICAID_REVIEWERS, certainty: 'secondary' },
  },
  letter: {
    governingLaw: (cite) =>
      `This is an appeal of an adverse benefit determination under ${cite(C.MEDICAID_APPEAL)}, to be resolved within the time limits of ${cite(C.MEDICAID_DECISION_STANDARD)}.`,
    appealRight: (patient, cite) => `an adverse benefit determination that ${patient} is entitled to appeal under ${cite(C.MEDICAID_APPEAL)}`,
    expedited: (_, cite) => [PROVIDER_EXPEDITE(cite(C.MEDICAID_EXPEDITE_REQUEST))],
    missedDeadline: (cite) =>
      `Because the plan has not resolved the appeal within the time allowed, I am deemed to have exhausted the plan’s appeal process (${cite(C.MEDICAID_DEEMED_EXHAUSTION)}), and I am asking the State for a fair hearing.`,
  },
};

export const medicaidFeeForService: PlanRules = {
  type: 'medicaid-fee-for-service',
  label: 'Medicaid decided by the state itself (no health plan)',
  short: 'Medicaid without a health plan',
  recognize:
    'A state Medicaid card with no health plan named on it (sometimes called regular, straight or direct Medicaid), or a service the state decides itself. The denial comes from the state agency or its review contractor, not a health plan.',
  regulator: 'Your state Medicaid agency, under federal rules set by CMS.',
  erisa: false,
  decider: 'the state',
  appealName: 'State fair hearing',
  decisionName: 'notice of action',
  firstLevelWith: 'the state Medicaid agency',
  appealWindow: { span: null, countsFrom: 'mailing-date', maximum: { days: 90 }, citation: C.FAIR_HEARING_WINDOW, certainty: 'verified' },
  decisions: {
    urgent: { span: { workingDays: 3 }, citation: C.FAIR_HEARING_EXPEDITED_DECISION, certainty: 'secondary' },
    'pre-service': { span: { days: 90 }, citation: C.FAIR_HEARING_DECISION, certainty: 'verified' },
    'post-service': { span: { days: 90 }, citation: C.FAIR_HEARING_DECISION, certainty: 'verified' },
  },
  expedited: {
    citation: C.FAIR_HEARING_EXPEDITED,
    certainty: 'verified',
    when: 'the standard time could jeopardize your life, health or ability to attain, maintain or regain maximum function',
  },
  nextLevels: [
    {
      id: 'court',
      name: 'review in state court',
      who: 'A state court, under your state’s administrative procedure law.',
      automatic: false,
      window: null,
      citation: C.FAIR_HEARING_STATUTE,
      certainty: 'unconfirmed',
    },
  ],
  whenLate:
    'If the state’s hearing decision is late, contact the hearing office named on your notice, give the date it received your request, and ask when it will decide; your state’s legal aid office can help.',
  continuedCoverage: { citation: C.FAIR_HEARING_MAINTAIN_SERVICES, certainty: 'secondary', kind: 'on-request' },
  rights: {},
  letter: {
    governingLaw: (cite) =>
      `This is a request for a State fair hearing under ${cite(C.FAIR_HEARING_RIGHT)}. The State plan must give an opportunity for a fair hearing to anyone whose claim for services is denied (${cite(C.FAIR_HEARING_STATUTE)}).`,
    appealRight: (patient, cite) => `a denial of services for which ${patient} is entitled to a State fair hearing under ${cite(C.FAIR_HEARING_RIGHT)}`,
    expedited: (_, cite) => [
      `An expedited hearing is required where the standard time could jeopardize the individual’s life, health or ability to attain, maintain or regain maximum function (${cite(C.FAIR_HEARING_EXPEDITED)}).`,
    ],
  },
};

export const chip: PlanRules = {
  type: 'chip',
  label: 'CHIP (children’s health program run apart from Medicaid)',
  short: 'CHIP',
  recognize:
    'Your state’s children’s health program under its own name (not Medicaid), often with a premium or enrollment fee; its notices speak of a “review” rather than a “fair hearing”. If your state runs CHIP as part of Medicaid, choose Medicaid instead.',
  regulator: 'Your state CHIP agency, under federal rules set by CMS.',
  erisa: false,
  decider: 'the program',
  appealName: 'review',
  decisionName: 'decision',
  firstLevelWith: 'the state CHIP program (or its health plan, if your notice says to appeal to the plan first)',
  appealWindow: { span: null, countsFrom: 'notice-date', citation: C.CHIP_REVIEW, certainty: 'unconfirmed' },
  decisions: { urgent: null, 'pre-service': null, 'post-service': null, note: 'The notice must state the standard and expedited time frames for the review.' },
  expedited: {
    citation: C.CHIP_NOTICE,
    certainty: 'verified',
    when: 'your notice describes an expedited review and waiting could seriously harm your child’s health',
  },
  nextLevels: [],
  whenLate: 'Your notice must state how long the review takes. If it is late, contact the CHIP program office named on the notice and ask when it will decide.',
  rights: {},
  letter: {
    governingLaw: (cite) =>
      `This is a request for review under ${cite(C.CHIP_REVIEW)}, which gives an enrollee the opportunity for review of a delay, denial, reduction, suspension or termination of health services. The review must be impartial and timely, and the enrollee may review the file and present supplemental information (${cite(C.CHIP_REVIEW_STANDARDS)}); it must be conducted by the State or a contractor other than the one responsible for the decision (${cite(C.CHIP_INDEPENDENT_REVIEWER)}).`,
    appealRight: (patient, cite) => `a decision that ${patient} is entitled to have reviewed under ${cite(C.CHIP_REVIEW)}`,
    expedited: () => [],
  },
};
