import * as C from './citations';
import type { Level, PlanRules } from './types';

/** Medicare: Advantage (Part C), Part D and Original Medicare. APPEAL-RULES.md §(d), (e), (h). */

const PHYSICIAN_EXPEDITE = (what: string, cite: string) =>
  `When a physician indicates that the standard time frame could seriously jeopardize the enrollee’s life, health or ability to regain maximum function, the plan must expedite the ${what} (${cite}).`;

const ALJ: Level = {
  id: 'alj',
  name: 'a hearing before an Administrative Law Judge',
  who: 'The Office of Medicare Hearings and Appeals, when the amount in dispute meets the yearly minimum.',
  automatic: false,
  window: { span: { days: 60 }, countsFrom: 'receipt', presumedReceiptDays: 5, citation: C.OM_ALJ_WINDOW, certainty: 'verified' },
  citation: C.OM_ALJ_WINDOW,
  certainty: 'verified',
};

export const medicareAdvantage: PlanRules = {
  type: 'medicare-advantage',
  label: 'Medicare Advantage (Part C)',
  short: 'Medicare Advantage plans',
  recognize:
    'A private plan card that says Medicare, from an HMO or PPO that replaces Original Medicare (often with drug coverage too). You show this card, not the red, white and blue one.',
  regulator: 'The Centers for Medicare & Medicaid Services (CMS).',
  erisa: false,
  decider: 'the plan',
  appealName: 'reconsideration',
  decisionName: 'organization determination',
  appealWindow: {
    span: { days: 60 },
    countsFrom: 'receipt',
    presumedReceiptDays: 5,
    filedWhen: 'received',
    citation: C.MA_RECONSIDERATION_WINDOW,
    certainty: 'secondary',
  },
  decisions: {
    urgent: {
      span: { hours: 72 },
      citation: C.MA_DECISION_EXPEDITED,
      certainty: 'verified',
      extension: {
        span: { days: 14 },
        citation: C.MA_DECISION_EXTENSION,
        certainty: 'secondary',
        when: 'if you ask for it, or the plan needs more information and the delay is in your interest',
      },
    },
    'pre-service': {
      span: { days: 30 },
      citation: C.MA_DECISION_PRE_SERVICE,
      certainty: 'verified',
      extension: {
        span: { days: 14 },
        citation: C.MA_DECISION_EXTENSION,
        certainty: 'secondary',
        when: 'if you ask for it, or the plan needs more information and the delay is in your interest',
      },
    },
    'post-service': { span: { days: 60 }, citation: C.MA_DECISION_PAYMENT, certainty: 'verified' },
    partBDrug: { span: { days: 7 }, citation: C.MA_DECISION_PART_B_DRUG, certainty: 'verified' },
  },
  expedited: {
    citation: C.MA_EXPEDITE_REQUEST,
    certainty: 'verified',
    when: 'waiting the standard time could seriously jeopardize your life, health or ability to regain maximum function; not for payment of care already received',
  },
  nextLevels: [
    {
      id: 'ire',
      name: 'review by the Independent Review Entity',
      who: 'The Independent Review Entity, a reviewer under contract with Medicare.',
      automatic: true,
      window: null,
      citation: C.MA_IRE,
      certainty: 'verified',
    },
    ALJ,
  ],
  deemedExhaustion: {
    citation: C.MA_LATE_IS_AFFIRMATION,
    certainty: 'secondary',
    action: 'plan',
    text: 'If the plan misses its deadline, that counts as a denial, and the plan must send your case to the Independent Review Entity.',
  },
  rights: {},
  letter: {
    governingLaw: (cite) =>
      `This is a request for reconsideration under ${cite(C.MA_RECONSIDERATION)}, to be decided within the time limits of ${cite(C.MA_DECISIONS)}.`,
    appealRight: (patient, cite) => `an organization determination that ${patient} is entitled to have reconsidered under ${cite(C.MA_RECONSIDERATION)}`,
    expedited: (_, cite) => [PHYSICIAN_EXPEDITE('reconsideration', cite(C.MA_EXPEDITE_REQUEST))],
  },
};

export const medicarePartD: PlanRules = {
  type: 'medicare-part-d',
  label: 'Medicare Part D (drug plan)',
  short: 'Medicare Part D plans',
  recognize:
    'A Medicare drug plan card, on its own or as the drug coverage of a Medicare Advantage plan. Its first decision is called a “coverage determination”.',
  regulator: 'The Centers for Medicare & Medicaid Services (CMS).',
  erisa: false,
  decider: 'the plan',
  appealName: 'redetermination',
  decisionName: 'coverage determination',
  appealWindow: {
    span: { days: 60 },
    countsFrom: 'receipt',
    presumedReceiptDays: 5,
    filedWhen: 'received',
    citation: C.PART_D_REDETERMINATION_WINDOW,
    certainty: 'verified',
  },
  decisions: {
    urgent: { span: { hours: 72 }, citation: C.PART_D_DECISION_EXPEDITED, certainty: 'verified' },
    'pre-service': { span: { days: 7 }, citation: C.PART_D_DECISION_STANDARD, certainty: 'verified' },
    'post-service': { span: { days: 14 }, citation: C.PART_D_DECISION_PAYMENT, certainty: 'verified' },
  },
  expedited: {
    citation: C.PART_D_EXPEDITE_REQUEST,
    certainty: 'verified',
    when: 'waiting the standard time could seriously jeopardize your life, health or ability to regain maximum function; not for payment of a drug already bought',
  },
  drugExceptions: {
    reasons: ['non-formulary', 'step-therapy', 'quantity-limit'],
    standard: {
      span: { hours: 72 },
      citation: C.PART_D_EXCEPTION_STANDARD,
      certainty: 'verified',
      startsWhen: 'when the plan receives the prescriber’s supporting statement',
    },
    expedited: {
      span: { hours: 24 },
      citation: C.PART_D_EXCEPTION_EXPEDITED,
      certainty: 'verified',
      startsWhen: 'when the plan receives the prescriber’s supporting statement',
    },
    basis: 'the Part D exceptions process',
    citation: C.PART_D_EXCEPTIONS,
    prescriberStatement: true,
  },
  nextLevels: [
    {
      id: 'ire',
      name: 'review by the Independent Review Entity',
      who: 'The Independent Review Entity, a reviewer under contract with Medicare. You, your representative or the prescriber must ask for it.',
      automatic: false,
      window: { span: { days: 60 }, countsFrom: 'receipt', presumedReceiptDays: 5, citation: C.PART_D_IRE_WINDOW, certainty: 'secondary' },
      decision: {
        standard: { span: { days: 7 }, citation: C.MEDICARE_IRE_CLOCKS, certainty: 'verified' },
        expedited: { span: { hours: 72 }, citation: C.MEDICARE_IRE_CLOCKS, certainty: 'verified' },
      },
      citation: C.PART_D_IRE,
      certainty: 'secondary',
    },
    ALJ,
  ],
  deemedExhaustion: {
    citation: C.PART_D_LATE_IS_ADVERSE,
    certainty: 'verified',
    action: 'plan',
    text: 'If the plan misses its deadline, that counts as a denial, and the plan must send your request to the Independent Review Entity.',
  },
  rights: {},
  letter: {
    governingLaw: (cite) =>
      `This is a request for redetermination under ${cite(C.PART_D_REDETERMINATION)}, to be decided within the time limits of ${cite(C.PART_D_DECISIONS)}.`,
    appealRight: (patient, cite) => `a coverage determination that ${patient} is entitled to have redetermined under ${cite(C.PART_D_REDETERMINATION)}`,
    expedited: (_, cite) => [PHYSICIAN_EXPEDITE('redetermination', cite(C.PART_D_EXPEDITE_REQUEST))],
  },
};

export const originalMedicare: PlanRules = {
  type: 'original-medicare',
  label: 'Original Medicare (Part A and Part B), with or without a Medigap policy',
  short: 'Original Medicare',
  recognize:
    'The red, white and blue Medicare card; claims are explained on a Medicare Summary Notice. A Medigap (Medicare Supplement) card comes from a private insurer, but Medicare still decides what Medicare covers, so a Medicare denial is appealed here.',
  regulator: 'The Centers for Medicare & Medicaid Services (CMS); Medicare Administrative Contractors decide claims and the first appeal.',
  erisa: false,
  decider: 'Medicare’s contractor',
  appealName: 'redetermination',
  decisionName: 'initial determination',
  appealWindow: {
    span: { days: 120 },
    countsFrom: 'receipt',
    presumedReceiptDays: 5,
    filedWhen: 'received',
    citation: C.OM_REDETERMINATION_WINDOW,
    certainty: 'verified',
  },
  decisions: {
    urgent: null,
    'pre-service': { span: { days: 60 }, citation: C.OM_REDETERMINATION_DECISION, certainty: 'verified' },
    'post-service': { span: { days: 60 }, citation: C.OM_REDETERMINATION_DECISION, certainty: 'verified' },
  },
  expedited: null,
  whenLate:
    'The rules give no way to skip ahead if Medicare’s contractor is late with a redetermination. Call the number on your Medicare Summary Notice or 1-800-MEDICARE, give the date it received your request, and ask when it will decide.',
  noExpedited: `Original Medicare has no fast redetermination. If a hospital is discharging you, or a skilled nursing, home health, hospice or rehabilitation service is ending, use the fast appeal to the Quality Improvement Organization described on the notice you were given (${C.OM_FAST_TRACK}).`,
  nextLevels: [
    {
      id: 'qic',
      name: 'reconsideration by a Qualified Independent Contractor',
      who: 'A Qualified Independent Contractor (QIC), a reviewer under contract with Medicare.',
      automatic: false,
      window: {
        span: { days: 180 },
        countsFrom: 'receipt',
        presumedReceiptDays: 5,
        filedWhen: 'received',
        citation: C.OM_RECONSIDERATION_WINDOW,
        certainty: 'verified',
      },
      decision: { standard: { span: { days: 60 }, citation: C.OM_RECONSIDERATION_DECISION, certainty: 'verified' } },
      whenLate: {
        citation: C.OM_QIC_ESCALATION,
        certainty: 'verified',
        text: 'If the contractor misses its deadline, you can ask it in writing to send your case on to an Administrative Law Judge; it then has a few days to decide or escalate.',
        letter: (cite) =>
          `Because the reconsideration has not been decided within the time allowed (${cite(C.OM_RECONSIDERATION_DECISION)}), I ask that the appeal be escalated to an Administrative Law Judge (${cite(C.OM_QIC_ESCALATION)}).`,
      },
      citation: C.OM_RECONSIDERATION_WINDOW,
      certainty: 'verified',
    },
    ALJ,
  ],
  rights: {},
  letter: {
    governingLaw: (cite) => `This is a request for redetermination under ${cite(C.OM_REDETERMINATION)}.`,
    appealRight: (patient, cite) => `an initial determination that ${patient} is entitled to have redetermined under ${cite(C.OM_REDETERMINATION)}`,
    expedited: () => [],
  },
};
