import type { Option } from './appeal-form';

export const GROUNDS: Option[] = [
  { value: 'tried-and-failed', label: 'The patient already tried the required drug and it did not work or caused harm' },
  { value: 'contraindicated', label: 'The required drug is contraindicated or likely to cause harm' },
  { value: 'expected-ineffective', label: 'The required drug is expected to be ineffective for this patient' },
  { value: 'delay-would-harm', label: 'Waiting to try it first would harm the patient' },
  { value: 'stable-on-current', label: 'The patient is stable on the current drug' },
];

export const TIMINGS: [string, string][] = [
  ['pre-service', 'Not yet: we need approval first'],
  ['post-service', 'Yes: the claim for it was denied'],
  ['ongoing', 'It is ongoing and coverage was cut or not renewed'],
];
export const URGENT: [string, string][] = [
  ['no', 'No'],
  ['yes', 'Yes: ask for an expedited (fast) review'],
];

/** The question each field asks, for "check your answers" and the step pages. */
export const FIELD_LABELS: Record<string, string> = {
  insurer: 'Insurance company, plan or agency that denied it',
  decidedBy: 'Company that decided for the plan',
  insurerAddress: 'Appeals address',
  planType: 'Kind of plan',
  noticeDays: 'Days your notice gives you to ask for a hearing or review',
  drug: 'Drug or service denied',
  reason: 'Why it was denied',
  denialWords: 'The reason in the insurer’s own words',
  denialDate: 'Date on the denial letter',
  serviceDate: 'Date of service',
  timing: 'Has the treatment happened?',
  claimNumber: 'Claim or authorization number',
  urgent: 'Could waiting seriously harm the patient’s life, health or recovery?',
  urgentWhy: 'Why waiting is dangerous',
  patientName: 'Patient’s full name',
  memberId: 'Member ID',
  representativeName: 'Your name, if you are writing for the patient',
  representativeRelationship: 'Your relationship to the patient',
  prescriberName: 'Prescribing doctor’s name',
  prescriberSpecialty: 'Specialty',
  diagnosis: 'Diagnosis',
  criteria: 'Coverage criteria',
  priorTreatments: 'Treatments already tried',
  guidelineOrg: 'Clinical guideline that supports the treatment',
  whyNoAuthorization: 'Why authorization was not obtained beforehand',
  stepTherapyGrounds: 'Step-therapy exception grounds',
  stepTherapyDetail: 'Details for the exception',
};
