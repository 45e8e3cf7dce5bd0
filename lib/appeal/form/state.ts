import type { AppealFormValues, FieldErrors } from '../form-values';
import type { FinderStep } from '../plans/finder';
import type { ReadMark } from '../read-marks';

/** What reading a pasted letter found, for the summary above the form. */
export type LetterSummary = {
  isDenial: boolean;
  filled: string[];
  kept: string[];
  missing: string[];
  codes: { code: string; href?: string }[];
};

/** The letter form's state, the one shape every server answer takes. */
export type AppealFormState = {
  status: 'idle' | 'invalid' | 'read';
  values: AppealFormValues;
  fieldErrors: FieldErrors;
  message?: string;
  /** Fields filled from a pasted letter, for "Read from your letter" notes; carried in a hidden field. */
  marks: ReadMark[];
  /** The pasted letter, echoed back so nothing is lost; never stored. */
  letterText: string;
  letterSummary?: LetterSummary;
  /** "Find your plan type", asked inside the form so nothing typed is lost. */
  finder?: FinderStep;
  /** Bumped on every server answer so the form remounts with the returned values. */
  version: number;
};

export const initialFormState = (values: AppealFormValues): AppealFormState => ({ status: 'idle', values, fieldErrors: {}, marks: [], letterText: '', version: 0 });
