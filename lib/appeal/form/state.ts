import type { AppealFormValues, FieldErrors } from '../form-values';
import type { FinderStep } from '../plans/finder';
import type { NoticeItem } from '../plans/notice';
import type { ReadMark } from '../read-marks';
import type { NoticeReport } from './notice-report';
import { FULL_PLAN, type StepId, type StepPlan } from './steps';

/** What reading a pasted letter found, for the summary above the form. */
export type LetterSummary = {
  isDenial: boolean;
  /** False when the letter is not in English: nothing was filled. */
  english: boolean;
  filled: string[];
  kept: string[];
  missing: string[];
  codes: { code: string; href?: string }[];
};

/** What the pasted notice contains of what a denial notice must (item ids only: no health details). */
export type NoticeSeen = { items: NoticeItem[]; appealDecision: boolean };

/** The letter form's state, the one shape every server answer takes. */
export type AppealFormState = {
  status: 'idle' | 'invalid' | 'read';
  values: AppealFormValues;
  fieldErrors: FieldErrors;
  message?: string;
  /** Fields filled from a pasted letter, for "Read from your letter" notes; carried in a hidden field. */
  marks: ReadMark[];
  /** The pasted letter, echoed back on the start page so nothing is lost; never stored. */
  letterText: string;
  letterSummary?: LetterSummary;
  /** "Find your plan type", asked inside the form so nothing typed is lost. */
  finder?: FinderStep;
  /** Where the patient is, and what they will be asked (worked out when they leave the start page). */
  step: StepId;
  plan: StepPlan;
  /** On a step reached from "check your answers": every field of the step shows, and Continue goes back there. */
  change: boolean;
  /** The plan type the letter's own words suggest, shown for the patient to confirm; never filled by itself. */
  planTypeHint?: { planType: string; evidence: string };
  /** What the pasted notice contained of what the rules require, for "what your plan owed you". */
  notice?: NoticeSeen;
  /** The notice check for the plan type chosen, worked out by the server on every answer. */
  noticeReport?: NoticeReport;
  /** Bumped on every server answer so the form remounts with the returned values. */
  version: number;
};

export const initialFormState = (values: AppealFormValues, opts: { step?: StepId; plan?: StepPlan } = {}): AppealFormState => ({
  status: 'idle',
  values,
  fieldErrors: {},
  marks: [],
  letterText: '',
  step: opts.step ?? 'start',
  plan: opts.plan ?? FULL_PLAN,
  change: false,
  version: 0,
});
