import { appealCaseSchema, type AppealCase } from './case-schema';

/** What the form shows: every field as the patient typed it, so nothing is lost on an error. */
export type CriterionValues = { criterion: string; chartFact: string; exhibit: string };
export type TreatmentValues = { treatment: string; dates: string; outcome: string };
export type AppealFormValues = {
  fields: Record<string, string>;
  stepTherapyGrounds: string[];
  criteria: CriterionValues[];
  priorTreatments: TreatmentValues[];
};

export type FieldErrors = Record<string, string[]>;

const SCALAR_FIELDS = [
  'insurer',
  'decidedBy',
  'insurerAddress',
  'planType',
  'noticeDays',
  'drug',
  'reason',
  'denialWords',
  'denialDate',
  'serviceDate',
  'timing',
  'claimNumber',
  'urgent',
  'urgentWhy',
  'patientName',
  'memberId',
  'representativeName',
  'representativeRelationship',
  'prescriberName',
  'prescriberSpecialty',
  'diagnosis',
  'guidelineOrg',
  'whyNoAuthorization',
  'stepTherapyDetail',
] as const;

const blankCriterion = (): CriterionValues => ({ criterion: '', chartFact: '', exhibit: '' });
const blankTreatment = (): TreatmentValues => ({ treatment: '', dates: '', outcome: '' });

export function emptyValues(): AppealFormValues {
  return { fields: { timing: 'pre-service', urgent: 'no' }, stepTherapyGrounds: [], criteria: [blankCriterion()], priorTreatments: [blankTreatment()] };
}

function rows<T extends Record<string, string>>(form: FormData, prefix: string, keys: (keyof T & string)[]): T[] {
  const found: T[] = [];
  for (let i = 0; form.has(`${prefix}.${i}.${keys[0]}`); i++) {
    found.push(Object.fromEntries(keys.map((k) => [k, String(form.get(`${prefix}.${i}.${k}`) ?? '')])) as T);
  }
  return found;
}

export function valuesFromFormData(form: FormData): AppealFormValues {
  const fields: Record<string, string> = {};
  for (const name of SCALAR_FIELDS) fields[name] = String(form.get(name) ?? '');
  return {
    fields,
    stepTherapyGrounds: form.getAll('stepTherapyGrounds').map(String),
    criteria: rows<CriterionValues>(form, 'criteria', ['criterion', 'chartFact', 'exhibit']),
    priorTreatments: rows<TreatmentValues>(form, 'priorTreatments', ['treatment', 'dates', 'outcome']),
  };
}

export function valuesFromCase(c: AppealCase): AppealFormValues {
  const fields: Record<string, string> = {};
  for (const name of SCALAR_FIELDS) {
    const v = c[name];
    fields[name] = typeof v === 'boolean' ? (v ? 'yes' : 'no') : v === undefined ? '' : String(v);
  }
  return {
    fields,
    stepTherapyGrounds: [...c.stepTherapyGrounds],
    criteria: c.criteria.map((r) => ({ criterion: r.criterion, chartFact: r.chartFact ?? '', exhibit: r.exhibit ?? '' })),
    priorTreatments: c.priorTreatments.length
      ? c.priorTreatments.map((t) => ({ treatment: t.treatment, dates: t.dates ?? '', outcome: t.outcome ?? '' }))
      : [blankTreatment()],
  };
}

/** Empty trailing rows are not errors: the form always offers a blank row to fill. */
export function parseValues(values: AppealFormValues): { ok: true; case: AppealCase } | { ok: false; fieldErrors: FieldErrors } {
  const filled = <T extends Record<string, string>>(list: T[]) => list.filter((r) => Object.values(r).some((v) => v.trim() !== ''));
  const input = {
    ...values.fields,
    urgent: values.fields.urgent === 'yes',
    stepTherapyGrounds: values.stepTherapyGrounds,
    criteria: filled(values.criteria),
    priorTreatments: filled(values.priorTreatments),
  };
  const result = appealCaseSchema.safeParse(input);
  if (result.success) return { ok: true, case: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors };
}

export function addRow(values: AppealFormValues, list: 'criteria' | 'priorTreatments'): AppealFormValues {
  return list === 'criteria'
    ? { ...values, criteria: [...values.criteria, blankCriterion()] }
    : { ...values, priorTreatments: [...values.priorTreatments, blankTreatment()] };
}

export function removeRow(values: AppealFormValues, list: 'criteria' | 'priorTreatments', index: number): AppealFormValues {
  const next = { ...values, [list]: values[list].filter((_, i) => i !== index) };
  return next.criteria.length ? next : { ...next, criteria: [blankCriterion()] };
}
