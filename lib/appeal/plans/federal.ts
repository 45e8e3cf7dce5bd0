import * as C from './citations';
import type { Level, PlanRules, Track } from './types';

/** Federal programs outside Medicare: FEHB and TRICARE. APPEAL-RULES.md §(g), (n). */

export const fehb: PlanRules = {
  type: 'fehb',
  label: 'Federal employee plan (FEHB)',
  short: 'federal employee plans',
  recognize:
    'Coverage for a federal employee or retiree, or a family member, with a yearly plan brochure approved by the Office of Personnel Management (OPM). This includes the Blue Cross Blue Shield Federal Employee Program.',
  regulator: 'The U.S. Office of Personnel Management (OPM).',
  erisa: false,
  decider: 'the carrier',
  appealName: 'reconsideration',
  decisionName: 'decision',
  appealWindow: { span: { months: 6 }, countsFrom: 'notice-date', citation: C.FEHB_RECONSIDERATION, certainty: 'verified' },
  decisions: {
    urgent: { span: { hours: 72 }, citation: C.FEHB_BROCHURE, certainty: 'unconfirmed' },
    'pre-service': { span: { days: 30 }, citation: C.FEHB_CARRIER_DECISION, certainty: 'verified' },
    'post-service': { span: { days: 30 }, citation: C.FEHB_CARRIER_DECISION, certainty: 'verified' },
  },
  expedited: {
    citation: C.FEHB_BROCHURE,
    certainty: 'unconfirmed',
    when: 'your plan brochure’s rules for urgent claims apply: waiting could seriously jeopardize your life or health, or your doctor says the claim is urgent',
  },
  nextLevels: [
    {
      id: 'opm-review',
      name: 'review by the Office of Personnel Management (OPM)',
      who: 'The U.S. Office of Personnel Management, which may ask an independent physician for an opinion.',
      automatic: false,
      window: { span: { days: 90 }, countsFrom: 'notice-date', citation: C.FEHB_OPM_REVIEW, certainty: 'verified' },
      decision: { standard: { span: { days: 90 }, citation: C.FEHB_OPM_DECISION, certainty: 'verified' } },
      citation: C.FEHB_OPM_REVIEW,
      certainty: 'verified',
    },
  ],
  deemedExhaustion: {
    citation: C.FEHB_OPM_REVIEW,
    certainty: 'verified',
    action: 'patient',
    text: 'If the carrier does not answer your reconsideration request in time, you can ask OPM to review the claim without waiting for the carrier.',
  },
  rights: {},
  letter: {
    governingLaw: (cite) =>
      `This is a request for reconsideration under ${cite(C.FEHB_RECONSIDERATION)}; the carrier must respond within the time ${cite(C.FEHB_CARRIER_DECISION)} allows.`,
    appealRight: (patient, cite) => `a denial that ${patient} is entitled to have reconsidered under ${cite(C.FEHB_RULES)}`,
    expedited: () => [],
    missedDeadline: (cite) =>
      `The carrier has not responded to the request for reconsideration within the time ${cite(C.FEHB_CARRIER_DECISION)} allows. I therefore ask the Office of Personnel Management to review the claim (${cite(C.FEHB_OPM_REVIEW)}).`,
  },
};

const HEARING: Level = {
  id: 'hearing',
  name: 'a hearing',
  who: 'A hearing officer of the Defense Health Agency, when the amount in dispute is large enough.',
  automatic: false,
  window: { span: { days: 60 }, countsFrom: 'notice-date', filedWhen: 'mailed', citation: C.TRICARE_HEARING_WINDOW, certainty: 'verified' },
  citation: C.TRICARE_HEARING_WINDOW,
  certainty: 'verified',
};

export const tricare: PlanRules = {
  type: 'tricare',
  label: 'TRICARE (military health coverage, including TRICARE For Life)',
  short: 'TRICARE',
  recognize:
    'Coverage for uniformed-services members’ families, retirees and their families, Reserve Select and Young Adult, and TRICARE For Life with Medicare. The card or letters name TRICARE Prime, Select or For Life, and denials come from the regional contractor.',
  regulator: 'The Defense Health Agency (U.S. Department of Defense).',
  erisa: false,
  decider: 'the contractor',
  appealName: 'reconsideration',
  decisionName: 'initial determination',
  appealWindow: { span: { days: 90 }, countsFrom: 'notice-date', filedWhen: 'mailed', citation: C.TRICARE_RECONSIDERATION_WINDOW, certainty: 'verified' },
  decisions: {
    urgent: null,
    'pre-service': { span: { days: 60 }, citation: C.TRICARE_RECONSIDERATION_DECISION, certainty: 'verified' },
    'post-service': { span: { days: 60 }, citation: C.TRICARE_RECONSIDERATION_DECISION, certainty: 'verified' },
    note: 'The regulation says the contractor normally decides within this time.',
  },
  expedited: null,
  whenLate:
    'The regulation says the contractor “normally” decides in this time but gives no way to skip ahead when it is late. Call the contractor, give the date it received your request, and ask when it will decide.',
  noExpedited:
    'TRICARE offers expedited appeals only for denials of prior authorization or of an inpatient stay. Send this reconsideration as soon as you can, by a method that shows the postmark.',
  nextLevels: [
    {
      id: 'formal-review',
      name: 'a formal review by the Defense Health Agency',
      who: 'The Defense Health Agency, when the amount in dispute is large enough.',
      automatic: false,
      window: { span: { days: 60 }, countsFrom: 'notice-date', filedWhen: 'mailed', citation: C.TRICARE_FORMAL_REVIEW_WINDOW, certainty: 'verified' },
      decision: { standard: { span: { days: 90 }, citation: C.TRICARE_FORMAL_REVIEW_DECISION, certainty: 'verified' } },
      citation: C.TRICARE_FORMAL_REVIEW_WINDOW,
      certainty: 'verified',
    },
    HEARING,
  ],
  rights: {},
  letterWarnings: [
    'If you have TRICARE For Life and Medicare denied the claim, appeal through Medicare first (choose Original Medicare); TRICARE’s own appeal covers only what Medicare does not.',
  ],
  letter: {
    governingLaw: (cite) => `This is a request for reconsideration under ${cite(C.TRICARE_APPEALS)}.`,
    appealRight: (patient, cite) => `an initial determination that ${patient} is entitled to have reconsidered under ${cite(C.TRICARE_APPEALS)}`,
    expedited: () => [],
  },
  byReason: {},
};

// Medical-necessity and authorization denials follow 32 CFR 199.15: the same 90 days, then a second
// reconsideration by an independent contractor instead of a formal review.
const medicalNecessityTrack: Track = {
  track: 'medical necessity (32 CFR 199.15)',
  appealWindow: { span: { days: 90 }, countsFrom: 'notice-date', filedWhen: 'mailed', citation: C.TRICARE_MEDICAL_NECESSITY, certainty: 'verified' },
  decisions: {
    urgent: { span: { workingDays: 3 }, citation: C.TRICARE_QIO_DECISION, certainty: 'secondary' },
    'pre-service': { span: { days: 30 }, citation: C.TRICARE_QIO_DECISION, certainty: 'secondary' },
    'post-service': { span: { days: 30 }, citation: C.TRICARE_QIO_DECISION, certainty: 'secondary' },
  },
  expedited: {
    citation: C.TRICARE_EXPEDITED,
    certainty: 'verified',
    when: 'the denial is of a prior authorization or an inpatient stay, and you ask within a few days of receiving it (the notice gives the exact time)',
  },
  nextLevels: [
    {
      id: 'second-reconsideration',
      name: 'a second reconsideration by the TRICARE Quality Monitoring Contractor',
      who: 'The TRICARE Quality Monitoring Contractor, which is independent of the contractor that denied the care.',
      automatic: false,
      window: { span: { days: 90 }, countsFrom: 'notice-date', citation: C.TRICARE_SECOND_RECONSIDERATION, certainty: 'verified' },
      citation: C.TRICARE_SECOND_RECONSIDERATION,
      certainty: 'verified',
    },
    HEARING,
  ],
};

tricare.byReason = { 'medical-necessity': medicalNecessityTrack, 'prior-authorization': medicalNecessityTrack };
