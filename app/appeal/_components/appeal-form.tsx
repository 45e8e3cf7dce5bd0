'use client';

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { submitAppeal } from '@/app/appeal/actions';
import { carriedFields } from '@/lib/appeal/form/carried';
import type { AppealFormState } from '@/lib/appeal/form/state';
import { STEP_TITLES, stepNumber, visibleFields, type QuestionStep } from '@/lib/appeal/form/steps';
import { addRow, removeRow, valuesFromFormData, type AppealFormValues } from '@/lib/appeal/form-values';
import { CheckAnswers, NoticeCheck } from './check-answers';
import { fieldId } from './field';
import { LetterReadSummary, PasteLetter } from './paste-letter';
import { PlanFinder } from './plan-finder-inline';
import { HiddenAnswers } from './hidden-answers';
import { StepField, type FieldContext } from './step-fields';

export type Option = { value: string; label: string };
export type FormOptions = {
  insurers: string[];
  drugs: string[];
  reasons: Option[];
  planTypes: Option[];
  otherPlanTypes: Option[];
  noticeDaysPlanTypes: string[];
};

const noSubscribe = () => () => {};
const primary = 'rounded-md bg-brand px-6 py-3 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-60';
const secondary = 'rounded-md border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-calm disabled:opacity-60';

/**
 * The letter form, a few questions per page: start from the pasted letter (or without it), then only the
 * questions still open, then "check your answers". Every button is a form post to the one server action, so it
 * all works without JavaScript; with it, the same posts come back without a page load.
 */
export function AppealForm({
  initial,
  options,
  letterId,
  intro,
}: {
  initial: AppealFormState;
  options: FormOptions;
  letterId?: string;
  intro?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(submitAppeal, initial);
  const [local, setLocal] = useState({ values: state.values, version: state.version, from: state.version });
  const [planType, setPlanType] = useState(local.values.fields.planType ?? '');
  // A new answer from the server replaces the local rows (and remounts the form with its values).
  if (local.from !== state.version) {
    setLocal((l) => ({ values: state.values, version: l.version + 1, from: state.version }));
    setPlanType(state.values.fields.planType ?? '');
  }
  // False in the server HTML (so no-JavaScript users see every field), true once hydrated.
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const [busy, setBusy] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Errors or a reading summary: focus the message. A new step: focus its heading, so a screen reader starts there.
    if (state.status === 'invalid' || state.status === 'read') statusRef.current?.focus();
    else headingRef.current?.focus();
  }, [state]);

  const edit = (change: (v: AppealFormValues) => AppealFormValues) => (e: React.MouseEvent<HTMLButtonElement>) => {
    const form = e.currentTarget.form;
    if (!form) return;
    e.preventDefault();
    const next = change(valuesFromFormData(new FormData(form)));
    setLocal((l) => ({ values: next, version: l.version + 1, from: l.from }));
  };

  const { values } = local;
  const { step, plan, marks } = state;
  const errors = state.fieldErrors;
  const errorEntries = Object.entries(errors);
  const number = stepNumber(step, plan);
  const question = step !== 'start' && step !== 'check' ? (step as QuestionStep) : undefined;
  // With JavaScript, the days a notice gives show only for the plan types whose window the state sets.
  const noticeDaysTypes = hydrated ? options.noticeDaysPlanTypes : [...options.noticeDaysPlanTypes, planType];
  const shown = question
    ? visibleFields(
        question,
        plan,
        { ...values, fields: { ...values.fields, planType } },
        { change: state.change, errors, noticeDaysPlanTypes: noticeDaysTypes },
      ).filter((f) => f !== 'noticeDays' || !hydrated || options.noticeDaysPlanTypes.includes(planType) || Boolean(errors.noticeDays))
    : [];
  const ctx: FieldContext = {
    values,
    errors,
    marks,
    options,
    onPlanType: setPlanType,
    onAdd: (list) => edit((v) => addRow(v, list)),
    onRemove: (list) => (i) => edit((v) => removeRow(v, list, i)),
  };
  const defaultIntent = step === 'start' ? 'read-letter' : step === 'check' ? 'submit' : 'next';
  const hint = state.planTypeHint;
  const hintLabel = hint && options.planTypes.find((p) => p.value === hint.planType)?.label;

  return (
    <form key={local.version} action={formAction} noValidate className="mt-6" aria-describedby="form-status">
      {letterId && <input type="hidden" name="letterId" value={letterId} />}
      {/* The patient's time zone, so the letter's date and deadlines use their "today". */}
      <input type="hidden" name="timeZone" value={hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : ''} />
      <input type="hidden" name="readMarks" value={JSON.stringify(marks)} />
      {Object.entries(carriedFields(state)).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {step !== 'start' && <input type="hidden" name="letterText" value={state.letterText} />}
      <HiddenAnswers values={values} shown={new Set(shown)} />
      {/* The form's default button: Enter in a text field moves on, never "remove criterion 1". */}
      <button type="submit" name="intent" value={defaultIntent} hidden tabIndex={-1} onClick={() => setBusy(defaultIntent)} />

      <div id="form-status" aria-live="polite" ref={statusRef} tabIndex={-1} className="outline-none">
        {state.status === 'read' && state.letterSummary && <LetterReadSummary summary={state.letterSummary} />}
        {state.message && (
          <div className="rounded-lg border-2 border-red-700 bg-red-50 p-4" data-testid="form-message">
            <p className="font-semibold">{state.message}</p>
            {errorEntries.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {errorEntries.map(([name, msgs]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`}>{msgs[0]}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      {step !== 'start' && (
        <button
          type="submit"
          name="intent"
          value="back"
          formNoValidate
          className="mt-6 inline-flex items-center gap-1 text-base font-medium text-brand underline"
          data-testid="back"
        >
          <span aria-hidden="true">‹</span> {state.change ? 'Back to your answers' : 'Back'}
        </button>
      )}
      {number && step !== 'start' && (
        <p className="mt-4 text-base text-muted" data-testid="step-count">
          Step {number.n} of {number.of}
        </p>
      )}
      <h2 ref={headingRef} tabIndex={-1} className={`${step === 'start' ? 'mt-8' : 'mt-1'} text-2xl font-semibold outline-none`} data-testid="step-title">
        {STEP_TITLES[step]}
      </h2>

      {step === 'start' && (
        <>
          {intro}
          <PasteLetter text={state.letterText} errors={errors.letterText} reading={pending && busy === 'read-letter'} onRead={() => setBusy('read-letter')} />
          <p className="mt-6">No letter to paste, or rather type it in yourself?</p>
          <button type="submit" name="intent" value="start-blank" formNoValidate onClick={() => setBusy('start-blank')} className={`mt-2 ${secondary}`}>
            Start without a letter
          </button>
        </>
      )}

      {question && (
        <div data-testid={`step-${question}`}>
          {question === 'plan' && hint && hintLabel && planType !== hint.planType && (
            <div className="mt-4 rounded-lg border-2 border-amber-500 bg-amber-50 p-4" data-testid="plan-hint">
              <p className="font-semibold">Your letter suggests: {hintLabel}</p>
              <p className="mt-1 text-base">
                It says: “{hint.evidence.replace(/[.\s]+$/, '')}.” Only you can confirm it: the kind of plan decides the rules your letter cites.
              </p>
              <button type="submit" name="intent" value="confirm-hint" formNoValidate className={`mt-2 ${secondary}`}>
                Yes, that is my kind of plan
              </button>
            </div>
          )}
          {shown.map((name) => (
            <div key={name}>
              <StepField name={name} ctx={ctx} />
              {name === 'planType' && <PlanFinder step={state.finder} />}
            </div>
          ))}
        </div>
      )}

      {step === 'check' && (
        <>
          <CheckAnswers values={values} options={options} marks={marks} steps={plan.steps} />
          <NoticeCheck report={state.noticeReport} planType={values.fields.planType} />
        </>
      )}

      {step !== 'start' && (
        <div className="mt-8">
          <button type="submit" name="intent" value={defaultIntent} disabled={pending} onClick={() => setBusy(defaultIntent)} className={primary}>
            {step === 'check'
              ? pending && busy === 'submit'
                ? 'Composing your letter…'
                : letterId
                  ? 'Save and see the letter'
                  : 'Compose my letter'
              : 'Continue'}
          </button>
          {step === 'check' && (
            <p className="mt-3 text-base text-muted">Free preview. Your answers are encrypted and only this browser (or your private link) can open them.</p>
          )}
        </div>
      )}
    </form>
  );
}
