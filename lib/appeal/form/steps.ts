import type { AppealFormValues, FieldErrors } from '../form-values';

/**
 * The letter form as a few questions per page (the GOV.UK question-page pattern): a start page (paste the
 * denial letter, or start without it), then only the steps that still have open questions, then "check your
 * answers". Every step is a form post; the answers of the other steps travel in hidden fields, never in the URL.
 */
export const STEPS = ['start', 'denial', 'plan', 'patient', 'doctor', 'clinical', 'check'] as const;
export type StepId = (typeof STEPS)[number];
export type QuestionStep = Exclude<StepId, 'start' | 'check'>;
export const QUESTION_STEPS: readonly QuestionStep[] = ['denial', 'plan', 'patient', 'doctor', 'clinical'];

export const STEP_TITLES: Record<StepId, string> = {
  start: 'Start from your denial letter',
  denial: 'The denial',
  plan: 'Your plan and your timing',
  patient: 'The patient',
  doctor: 'The prescribing doctor',
  clinical: 'The medical case',
  check: 'Check your answers',
};

/** The fields each step asks, in order. Rows ("criteria", "priorTreatments") and the step-therapy grounds count as one field each. */
export const STEP_FIELDS: Record<QuestionStep, readonly string[]> = {
  denial: ['insurer', 'decidedBy', 'drug', 'reason', 'denialWords', 'denialDate', 'serviceDate', 'claimNumber', 'insurerAddress'],
  plan: ['planType', 'noticeDays', 'timing', 'urgent', 'urgentWhy'],
  patient: ['patientName', 'memberId', 'representativeName', 'representativeRelationship'],
  doctor: ['prescriberName', 'prescriberSpecialty'],
  clinical: ['diagnosis', 'criteria', 'priorTreatments', 'guidelineOrg', 'whyNoAuthorization', 'stepTherapyGrounds', 'stepTherapyDetail'],
};

/** Fields a step asks whatever is filled: the plan type and timing are the patient's to give, never read. */
const ALWAYS_ASKED = new Set(['planType', 'timing', 'urgent', 'diagnosis', 'criteria', 'priorTreatments', 'prescriberName', 'prescriberSpecialty']);

/** Read from the letter or changed from "check your answers", never asked outright: most letters have no benefit manager. */
const NEVER_ASKED_FIRST = new Set(['decidedBy']);

/** Fields asked only for some answers: the reason's own questions, the days a state-set notice gives. */
export function appliesTo(field: string, values: AppealFormValues, noticeDaysPlanTypes: readonly string[]): boolean {
  const { reason, planType } = values.fields;
  if (field === 'whyNoAuthorization') return reason === 'prior-authorization' || !reason;
  if (field === 'stepTherapyGrounds' || field === 'stepTherapyDetail') return reason === 'step-therapy' || !reason;
  if (field === 'noticeDays') return !planType || noticeDaysPlanTypes.includes(planType);
  return true;
}

/** The step a field (or an error's path, "criteria.0.criterion") belongs to. */
export function stepOf(field: string): QuestionStep | undefined {
  const head = field.split('.')[0]!;
  return QUESTION_STEPS.find((s) => STEP_FIELDS[s].includes(head));
}

const filled = (values: AppealFormValues, field: string): boolean => {
  if (field === 'criteria') return values.criteria.some((r) => r.criterion.trim() && r.chartFact.trim());
  if (field === 'priorTreatments') return values.priorTreatments.some((r) => r.treatment.trim());
  if (field === 'stepTherapyGrounds') return values.stepTherapyGrounds.length > 0;
  return Boolean(values.fields[field]?.trim());
};

/**
 * What the patient will be asked, worked out once when they leave the start page: each step's open fields
 * (empty, or always asked), and the steps that have any. Steps whose every answer came from the letter are
 * skipped; their answers are on "check your answers", each with a change button.
 */
export type StepPlan = { steps: QuestionStep[]; asked: string[] };

export function planSteps(values: AppealFormValues): StepPlan {
  const asked = QUESTION_STEPS.flatMap((s) => STEP_FIELDS[s].filter((f) => !NEVER_ASKED_FIRST.has(f) && (ALWAYS_ASKED.has(f) || !filled(values, f))));
  const steps = QUESTION_STEPS.filter((s) => STEP_FIELDS[s].some((f) => asked.includes(f)));
  return { steps, asked };
}

/** Every step and every field: editing a saved letter, or an unreadable plan from the hidden field. */
export const FULL_PLAN: StepPlan = { steps: [...QUESTION_STEPS], asked: QUESTION_STEPS.flatMap((s) => [...STEP_FIELDS[s]]) };

export function encodePlan(plan: StepPlan): string {
  return `${plan.steps.join(',')}|${plan.asked.join(',')}`;
}

export function decodePlan(raw: unknown): StepPlan | undefined {
  if (typeof raw !== 'string' || !raw.includes('|')) return undefined;
  const [steps, asked] = raw.split('|') as [string, string];
  const known = new Set(QUESTION_STEPS.flatMap((s) => STEP_FIELDS[s]));
  const plan = {
    steps: QUESTION_STEPS.filter((s) => steps.split(',').includes(s)),
    asked: asked.split(',').filter((f) => known.has(f)),
  };
  return plan.steps.length ? plan : undefined;
}

export const isStep = (v: unknown): v is StepId => typeof v === 'string' && (STEPS as readonly string[]).includes(v);

/** The fields a step shows: those asked (all of them when changing an answer) that apply, and any with an error. */
export function visibleFields(
  step: QuestionStep,
  plan: StepPlan,
  values: AppealFormValues,
  opts: { change: boolean; errors: FieldErrors; noticeDaysPlanTypes: readonly string[] },
): string[] {
  const withError = new Set(Object.keys(opts.errors).map((k) => k.split('.')[0]!));
  return STEP_FIELDS[step].filter((f) => withError.has(f) || ((opts.change || plan.asked.includes(f)) && appliesTo(f, values, opts.noticeDaysPlanTypes)));
}

/** "Step 2 of 5": the question steps planned, and "check your answers". */
export function stepNumber(step: StepId, plan: StepPlan): { n: number; of: number } | undefined {
  const order: StepId[] = [...plan.steps, 'check'];
  const i = order.indexOf(step);
  return i < 0 ? undefined : { n: i + 1, of: order.length };
}

export function nextStep(step: StepId, plan: StepPlan): StepId {
  if (step === 'start') return plan.steps[0] ?? 'check';
  const order: StepId[] = [...plan.steps, 'check'];
  return order[order.indexOf(step) + 1] ?? 'check';
}

export function previousStep(step: StepId, plan: StepPlan): StepId {
  const order: StepId[] = ['start', ...plan.steps, 'check'];
  const i = order.indexOf(step);
  return i > 0 ? order[i - 1]! : 'start';
}
