import type { ContentIndex } from '@/lib/content/types';
import type { AppealCase } from '../case-schema';
import { plausibleDateErrors } from '../case-schema';
import { addRow, parseValues, removeRow, valuesFromFormData, type AppealFormValues, type FieldErrors } from '../form-values';
import { finderStep } from '../plans/finder';
import { isPlanType, STATE_SET_WINDOW } from '../plans';
import { NOTICE_ITEMS, type NoticeItem } from '../plans/notice';
import { MAX_LETTER_CHARS, parseMarks, readLetterForForm, type ReadMark } from '../read-letter';
import { noticeReport } from './notice-report';
import type { AppealFormState, NoticeSeen } from './state';
import { CARRIED } from './carried';
import {
  decodePlan,
  FULL_PLAN,
  isStep,
  nextStep,
  planSteps,
  previousStep,
  STEP_FIELDS,
  stepOf,
  visibleFields,
  type QuestionStep,
  type StepId,
  type StepPlan,
} from './steps';

/**
 * The letter form's round trip, apart from storage: the start page (read a pasted letter, or start without
 * one), moving between steps, "find your plan type", adding and removing rows, confirming the plan type the
 * letter suggests, and validating. Pure but for the content index it is given; the server action only stores
 * a valid case and redirects.
 */
export type FormOutcome =
  { kind: 'answer'; state: AppealFormState } | { kind: 'valid'; case: AppealCase; keep: Omit<AppealFormState, 'status' | 'fieldErrors'> };

/** The form's fields that identify the case: fixed once it is paid for (a different denial is a new case). */
export const IDENTIFYING_FIELDS = ['patientName', 'memberId', 'insurer', 'drug', 'denialDate'] as const;

const fieldsMessage = (count: number) => `Please fix ${count} ${count === 1 ? 'answer' : 'answers'} marked below. Nothing you typed was lost.`;

function carried(form: FormData): Pick<AppealFormState, 'step' | 'plan' | 'change' | 'planTypeHint' | 'notice'> {
  const step = form.get(CARRIED.step);
  const hint = String(form.get(CARRIED.hint) ?? '');
  const noticeRaw = form.get(CARRIED.notice);
  const items = typeof noticeRaw === 'string' ? noticeRaw.split(',').filter((i): i is NoticeItem => (NOTICE_ITEMS as readonly string[]).includes(i)) : [];
  return {
    step: isStep(step) ? step : 'start',
    plan: decodePlan(form.get(CARRIED.plan)) ?? FULL_PLAN,
    change: form.get(CARRIED.change) === '1',
    planTypeHint: isPlanType(hint) ? { planType: hint, evidence: String(form.get(CARRIED.hintEvidence) ?? '').slice(0, 300) } : undefined,
    notice: typeof noticeRaw === 'string' ? { items, appealDecision: form.get(CARRIED.appealDecision) === '1' } : undefined,
  };
}

type Keep = Omit<AppealFormState, 'status' | 'fieldErrors'>;

/** Read the pasted letter, fill the empty answers (each marked), and go to the first step with questions left. */
function readPastedLetter(keep: Keep, index: ContentIndex): AppealFormState {
  const { letterText } = keep;
  if (!letterText.trim()) {
    return {
      ...keep,
      status: 'invalid',
      fieldErrors: { letterText: ['Paste the text of your denial letter into the box first, or start without it'] },
      message: 'There is no letter text to read yet.',
    };
  }
  if (letterText.length > MAX_LETTER_CHARS) {
    const limit = MAX_LETTER_CHARS.toLocaleString('en-US');
    return {
      ...keep,
      status: 'invalid',
      fieldErrors: { letterText: [`This is longer than a denial letter (over ${limit} characters): paste just the letter, without other documents`] },
      message: 'The pasted text is too long to read.',
    };
  }
  const { outcome, reading } = readLetterForForm(keep.values, letterText, index);
  const codes = outcome.codes.map((code) => {
    const slug = code.toLowerCase();
    return index.codes.has(slug) ? { code, href: `/codes/${slug}` } : { code };
  });
  const fresh = new Set(outcome.marks.map((m) => `${m.field}\u0000${m.value}`));
  const plan = planSteps(outcome.values);
  const understood = reading.english && reading.isDenial;
  return {
    ...keep,
    status: 'read',
    values: outcome.values,
    fieldErrors: {},
    marks: [...keep.marks.filter((m) => !fresh.has(`${m.field}\u0000${m.value}`)), ...outcome.marks].slice(-40),
    letterSummary: { isDenial: outcome.isDenial, english: outcome.english, filled: outcome.filled, kept: outcome.kept, missing: outcome.missing, codes },
    plan,
    step: nextStep('start', plan),
    change: false,
    planTypeHint: understood && reading.planTypeHint ? { planType: reading.planTypeHint.value, evidence: reading.planTypeHint.evidence } : undefined,
    notice: understood ? { items: reading.noticeItems, appealDecision: reading.appealDecision } : undefined,
  };
}

export type FormContext = {
  prev: AppealFormState;
  index: ContentIndex;
  /** The patient's date, for plausible-date checks. */
  today: string;
  /** The stored case when editing a paid one: its identifying fields cannot change. */
  paidCase?: AppealCase;
};

/** Every error in the answers: the case schema's, implausible dates, and identifying fields of a paid case changed. */
function allErrors(values: AppealFormValues, { today, paidCase }: FormContext): { errors: FieldErrors; case?: AppealCase } {
  const parsed = parseValues(values);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  for (const [field, message] of Object.entries(plausibleDateErrors(values.fields, today))) (errors[field] ??= []).push(message);
  if (paidCase && parsed.ok) {
    for (const field of IDENTIFYING_FIELDS) {
      if (String(parsed.case[field] ?? '') !== String(paidCase[field] ?? '')) {
        (errors[field] ??= []).push(
          'This case is paid for, so this can’t change: one case is one patient and one denial. For a different denial, start a new letter.',
        );
      }
    }
  }
  return { errors, case: parsed.ok && Object.keys(errors).length === 0 ? parsed.case : undefined };
}

/** The errors of the fields a step shows: a step is checked on its own, so a patient is never told about a question not asked yet. */
function stepErrors(step: QuestionStep, keep: Keep, ctx: FormContext): FieldErrors {
  const { errors } = allErrors(keep.values, ctx);
  const shown = new Set(visibleFields(step, keep.plan, keep.values, { change: keep.change, errors: {}, noticeDaysPlanTypes: STATE_SET_WINDOW }));
  return Object.fromEntries(Object.entries(errors).filter(([key]) => shown.has(key.split('.')[0]!)));
}

const go = (keep: Keep, step: StepId, change = false): AppealFormState => ({
  ...keep,
  step,
  change,
  status: 'idle',
  fieldErrors: {},
  letterSummary: undefined,
  finder: undefined,
});

export function processAppealForm(form: FormData, ctx: FormContext): FormOutcome {
  const values = valuesFromFormData(form);
  const intent = String(form.get('intent') ?? 'submit');
  const keep: Keep = {
    values,
    marks: parseMarks(form.get('readMarks')),
    letterText: String(form.get('letterText') ?? ''),
    version: ctx.prev.version + 1,
    ...carried(form),
  };
  const answer = (state: AppealFormState): FormOutcome => ({
    kind: 'answer',
    state: { ...state, noticeReport: noticeReport(state.values, state.notice, ctx.index) },
  });
  const { step } = keep;

  if (intent === 'read-letter') return answer(readPastedLetter(keep, ctx.index));
  if (intent === 'start-blank') {
    const plan: StepPlan = planSteps(values);
    return answer(go({ ...keep, plan, planTypeHint: undefined, notice: undefined }, nextStep('start', plan)));
  }
  if (intent === 'plan-finder') {
    const answers = Object.fromEntries(
      [...form.entries()].flatMap(([k, v]) => (k.startsWith('finder.') && typeof v === 'string' ? [[k.slice('finder.'.length), v]] : [])),
    );
    const found = finderStep(answers);
    const planType = 'result' in found ? found.result.planType : undefined;
    return answer({
      ...keep,
      status: 'idle',
      values: planType ? { ...values, fields: { ...values.fields, planType } } : values,
      fieldErrors: {},
      finder: found,
    });
  }
  if (intent === 'confirm-hint' && keep.planTypeHint) {
    return answer({ ...keep, status: 'idle', values: { ...values, fields: { ...values.fields, planType: keep.planTypeHint.planType } }, fieldErrors: {} });
  }
  const rowEdit = /^(add|remove)-(criteria|priorTreatments)(?::(\d+))?$/.exec(intent);
  if (rowEdit) {
    const [, op, list] = rowEdit as unknown as [string, 'add' | 'remove', 'criteria' | 'priorTreatments'];
    return answer({ ...keep, status: 'idle', values: op === 'add' ? addRow(values, list) : removeRow(values, list, Number(rowEdit[3])), fieldErrors: {} });
  }
  const change = /^change:(\w+)$/.exec(intent);
  if (change && (STEP_FIELDS as Record<string, unknown>)[change[1]!]) return answer(go(keep, change[1] as QuestionStep, true));
  if (intent === 'back') return answer(go(keep, keep.change ? 'check' : previousStep(step, keep.plan), false));
  if (intent === 'next' && step !== 'start' && step !== 'check') {
    const errors = stepErrors(step, keep, ctx);
    const count = Object.keys(errors).length;
    if (count) return answer({ ...keep, status: 'invalid', fieldErrors: errors, message: fieldsMessage(count) });
    return answer(go(keep, keep.change ? 'check' : nextStep(step, keep.plan)));
  }

  // Compose (from "check your answers"): every answer is checked; the first step with a problem opens with every field shown.
  const { errors, case: valid } = allErrors(values, ctx);
  const count = Object.keys(errors).length;
  if (!valid || count > 0) {
    const first = Object.keys(errors).map(stepOf).find(Boolean) ?? 'denial';
    return answer({ ...keep, step: first, change: true, status: 'invalid', fieldErrors: errors, message: fieldsMessage(count) });
  }
  const report = noticeReport(values, keep.notice, ctx.index);
  const noticeGaps = report?.kind === 'checked' ? report.missing.map((m) => m.item) : [];
  return { kind: 'valid', case: { ...valid, noticeGaps }, keep };
}

/** What the notice check needs to know of a case, carried from the form: the items the pasted notice had. */
export type { NoticeSeen, ReadMark };
