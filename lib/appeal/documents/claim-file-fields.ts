/** The free claim-file form's fields, apart from the letter code so the form's client bundle carries none of it. */
export const CLAIM_FILE_FIELDS = [
  'patientName',
  'representativeName',
  'representativeRelationship',
  'insurer',
  'insurerAddress',
  'planName',
  'planType',
  'memberId',
  'claimNumber',
  'denialDate',
] as const;
