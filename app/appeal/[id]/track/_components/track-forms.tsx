'use client';

import { useActionState, useSyncExternalStore, type ReactNode } from 'react';
import { describedByFor, inputClass } from '@/app/appeal/_components/field';
import type { TrackState } from '../actions';

type Action = (prev: TrackState, form: FormData) => Promise<TrackState>;
type Choice = [value: string, label: string];

const initial: TrackState = { fieldErrors: {}, values: {}, version: 0 };
const noSubscribe = () => () => {};
const button = 'rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60';
const quiet = 'rounded-md border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-calm';

/** The patient's time zone, so "today" is their date; empty without JavaScript (the server then uses the stored or default zone). */
function TimeZone() {
  const zone = useSyncExternalStore(
    noSubscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => '',
  );
  return <input type="hidden" name="timeZone" value={zone} />;
}

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 font-medium text-red-800" data-testid="field-error">
      {errors.join(' ')}
    </p>
  );
}

function DateField({ form, name, label, state, hint }: { form: string; name: string; label: string; state: TrackState; hint?: string }) {
  const id = `${form}-${name}`;
  const errors = state.fieldErrors[name];
  const describedBy = describedByFor(id, { hint: Boolean(hint), error: Boolean(errors) });
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={state.values[name] ?? ''}
        aria-describedby={describedBy}
        aria-invalid={errors ? true : undefined}
        className={`${inputClass} max-w-xs`}
      />
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}

function Choices({ form, name, legend, choices, state }: { form: string; name: string; legend: string; choices: Choice[]; state: TrackState }) {
  const id = `${form}-${name}`;
  const errors = state.fieldErrors[name];
  return (
    <fieldset className="mt-3" aria-describedby={errors ? `${id}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      <Errors id={`${id}-error`} errors={errors} />
      {choices.map(([value, label], i) => (
        <label key={value} className="mt-1 flex items-start gap-2">
          <input
            type="radio"
            name={name}
            value={value}
            defaultChecked={state.values[name] === value}
            id={i === 0 ? id : undefined}
            className="mt-1.5 size-5 shrink-0"
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** One step's form: a post that works without JavaScript, keeps what was typed on an error, and says what is wrong next to the field. */
function StepForm({
  action,
  intent,
  stage,
  submit,
  testId,
  children,
}: {
  action: Action;
  intent: string;
  stage: number;
  submit: string;
  testId: string;
  children: (state: TrackState, form: string) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const form = `t${stage}-${intent}`;
  return (
    <form key={state.version} action={formAction} noValidate className="mt-3 rounded-lg border border-slate-300 p-4" data-testid={testId}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="stage" value={stage} />
      <TimeZone />
      {children(state, form)}
      <Errors id={`${form}-form-error`} errors={state.fieldErrors.form ?? state.fieldErrors.stage} />
      <button type="submit" disabled={pending} className={`mt-4 ${button}`}>
        {pending ? 'Saving…' : submit}
      </button>
    </form>
  );
}

export function SentForm({ action, stage, name, methods }: { action: Action; stage: number; name: string; methods: Choice[] }) {
  return (
    <StepForm action={action} intent="sent" stage={stage} submit="Save the date I sent it" testId={`sent-form-${stage}`}>
      {(state, form) => (
        <>
          <DateField form={form} name="sentOn" label={`The day you sent the ${name}`} state={state} />
          <Choices form={form} name="sentBy" legend="How you sent it" choices={methods} state={state} />
        </>
      )}
    </StepForm>
  );
}

export function ReceivedForm({ action, stage, proofs }: { action: Action; stage: number; proofs: Choice[] }) {
  return (
    <StepForm action={action} intent="received" stage={stage} submit="Save the date it arrived" testId={`received-form-${stage}`}>
      {(state, form) => (
        <>
          <DateField
            form={form}
            name="receivedOn"
            label="The day it arrived"
            hint="From a certified-mail receipt or tracking, a fax confirmation, or a portal timestamp."
            state={state}
          />
          <Choices form={form} name="receivedProof" legend="What shows that date" choices={proofs} state={state} />
        </>
      )}
    </StepForm>
  );
}

export function DecisionForm({ action, stage, decisions, askNoticeDays }: { action: Action; stage: number; decisions: Choice[]; askNoticeDays?: string }) {
  return (
    <StepForm action={action} intent="decision" stage={stage} submit="Save the decision" testId={`decision-form-${stage}`}>
      {(state, form) => (
        <>
          <Choices form={form} name="decision" legend="What was decided" choices={decisions} state={state} />
          <DateField form={form} name="decisionDate" label="The date on the decision" state={state} />
          {askNoticeDays && (
            <div className="mt-3">
              <label htmlFor={`${form}-nextNoticeDays`} className="block font-medium">
                {askNoticeDays}
              </label>
              <input
                id={`${form}-nextNoticeDays`}
                name="nextNoticeDays"
                inputMode="numeric"
                defaultValue={state.values.nextNoticeDays ?? ''}
                aria-describedby={state.fieldErrors.nextNoticeDays ? `${form}-nextNoticeDays-error` : undefined}
                aria-invalid={state.fieldErrors.nextNoticeDays ? true : undefined}
                className={`${inputClass} max-w-32`}
              />
              <Errors id={`${form}-nextNoticeDays-error`} errors={state.fieldErrors.nextNoticeDays} />
            </div>
          )}
        </>
      )}
    </StepForm>
  );
}

/** A one-click step: the plan took its extension, or undo the last step. */
export function StepButton({ action, intent, stage, label }: { action: Action; intent: 'extended' | 'undo'; stage: number; label: string }) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="mt-3 inline-block">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="stage" value={stage} />
      <TimeZone />
      <button type="submit" disabled={pending} className={quiet}>
        {label}
      </button>
      <Errors id={`t${stage}-${intent}-error`} errors={state.fieldErrors.form} />
    </form>
  );
}
