'use client';

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { submitAppeal } from '@/app/appeal/actions';
import type { AppealFormState } from '@/lib/appeal/form/state';
import { addRow, removeRow, valuesFromFormData, type AppealFormValues } from '@/lib/appeal/form-values';
import { markFor } from '@/lib/appeal/read-marks';
import { describedByFor, Field, FieldError, fieldId, inputClass, Section } from './field';
import { Rows } from './rows';
import { DenialSection } from './denial-section';
import { LetterReadSummary, PasteLetter } from './paste-letter';
import { PlanFinder } from './plan-finder-inline';

export type Option = { value: string; label: string };
export type FormOptions = { insurers: string[]; drugs: string[]; reasons: Option[]; planTypes: Option[]; otherPlanTypes: Option[]; noticeDaysPlanTypes: string[] };

const GROUNDS: Option[] = [
  { value: 'tried-and-failed', label: 'The patient already tried the required drug and it did not work or caused harm' },
  { value: 'contraindicated', label: 'The required drug is contraindicated or likely to cause harm' },
  { value: 'expected-ineffective', label: 'The required drug is expected to be ineffective for this patient' },
  { value: 'delay-would-harm', label: 'Waiting to try it first would harm the patient' },
  { value: 'stable-on-current', label: 'The patient is stable on the current drug' },
];

const noSubscribe = () => () => {};

export function AppealForm({ initial, options, letterId }: { initial: AppealFormState; options: FormOptions; letterId?: string }) {
  const [state, formAction, pending] = useActionState(submitAppeal, initial);
  const [local, setLocal] = useState({ values: state.values, version: state.version, from: state.version });
  const [reason, setReason] = useState(local.values.fields.reason ?? '');
  const [planType, setPlanType] = useState(local.values.fields.planType ?? '');
  // A new answer from the server replaces the local rows (and remounts the form with its values).
  if (local.from !== state.version) {
    setLocal((l) => ({ values: state.values, version: l.version + 1, from: state.version }));
    setReason(state.values.fields.reason ?? '');
    setPlanType(state.values.fields.planType ?? '');
  }
  // False in the server HTML (so no-JavaScript users see every field), true once hydrated.
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  // Which button started the pending request, so only that one says it is busy.
  const [busy, setBusy] = useState<'read' | 'submit'>('submit');
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'invalid' || state.status === 'read') summaryRef.current?.focus();
  }, [state]);

  const edit = (change: (v: AppealFormValues) => AppealFormValues) => (e: React.MouseEvent<HTMLButtonElement>) => {
    const form = e.currentTarget.form;
    if (!form) return;
    e.preventDefault();
    const next = change(valuesFromFormData(new FormData(form)));
    setLocal((l) => ({ values: next, version: l.version + 1, from: l.from }));
  };

  const { values } = local;
  const { marks } = state;
  const errors = state.fieldErrors;
  const show = (forReason: string) => !hydrated || reason === forReason;
  const errorEntries = Object.entries(errors);

  return (
    <form key={local.version} action={formAction} noValidate className="mt-6" aria-describedby="form-status">
      {letterId && <input type="hidden" name="letterId" value={letterId} />}
      {/* The patient's time zone, so the letter's date and deadlines use their "today". */}
      <input type="hidden" name="timeZone" value={hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : ''} />
      <input type="hidden" name="readMarks" value={JSON.stringify(marks)} />
      {/* The form's default button: Enter in a text field submits the form, never "read my letter" or "remove criterion 1". */}
      <button type="submit" name="intent" value="submit" hidden tabIndex={-1} onClick={() => setBusy('submit')} />
      <div id="form-status" aria-live="polite" ref={summaryRef} tabIndex={-1} className="outline-none">
        {state.status === 'read' && state.letterSummary && <LetterReadSummary summary={state.letterSummary} />}
        {state.message && (
          <div className="rounded-lg border-2 border-red-700 bg-red-50 p-4" data-testid="form-message">
            <p className="font-semibold">{state.message}</p>
            {errorEntries.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {errorEntries.map(([name, msgs]) => (
                  <li key={name}><a href={`#${fieldId(name)}`}>{msgs[0]}</a></li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      {!letterId && (
        <PasteLetter text={state.letterText} errors={errors.letterText} reading={pending && busy === 'read'} onRead={() => setBusy('read')} />
      )}

      <DenialSection
        values={values}
        errors={errors}
        options={options}
        marks={marks}
        onReason={setReason}
        onPlanType={setPlanType}
        showNoticeDays={!hydrated || options.noticeDaysPlanTypes.includes(planType) || Boolean(errors.noticeDays)}
        finder={<PlanFinder step={state.finder} />}
      />

      <Section title="The patient">
        <Field name="patientName" label="Patient’s full name" required defaultValue={values.fields.patientName} errors={errors.patientName} autoComplete="name" mark={markFor(marks, 'patientName', values.fields.patientName)} />
        <Field name="memberId" label="Member ID" hint="On the insurance card and the denial letter." required defaultValue={values.fields.memberId} errors={errors.memberId} mark={markFor(marks, 'memberId', values.fields.memberId)} />
        <Field name="representativeName" label="Your name, if you are writing for the patient" hint="Leave empty if you are the patient. If you write for them, the plan may ask for a form they sign naming you." defaultValue={values.fields.representativeName} errors={errors.representativeName} />
        <Field name="representativeRelationship" label="Your relationship to the patient" defaultValue={values.fields.representativeRelationship} errors={errors.representativeRelationship} />
      </Section>

      <Section title="The prescriber">
        <Field name="prescriberName" label="Prescribing doctor’s name" required defaultValue={values.fields.prescriberName} errors={errors.prescriberName} />
        <Field name="prescriberSpecialty" label="Specialty" hint="For example oncology, pulmonology, dermatology." required defaultValue={values.fields.prescriberSpecialty} errors={errors.prescriberSpecialty} />
      </Section>

      <Section title="The clinical case">
        <Field name="diagnosis" label="Diagnosis" hint="As the doctor wrote it, with the code if you have it." required defaultValue={values.fields.diagnosis} errors={errors.diagnosis} />
        <h3 className="mt-6 text-lg font-semibold">Coverage criteria</h3>
        <p className="text-base text-muted">Each requirement in the plan’s policy, the fact in the records that meets it, and the document that shows it. We never fill in a fact for you.</p>
        <Rows list="criteria" rows={values.criteria} errors={errors} marks={marks} onAdd={edit((v) => addRow(v, 'criteria'))} onRemove={(i) => edit((v) => removeRow(v, 'criteria', i))} />
        <h3 className="mt-6 text-lg font-semibold">Treatments already tried</h3>
        <Rows list="priorTreatments" rows={values.priorTreatments} errors={errors} onAdd={edit((v) => addRow(v, 'priorTreatments'))} onRemove={(i) => edit((v) => removeRow(v, 'priorTreatments', i))} />
        <Field name="guidelineOrg" label="Clinical guideline that supports the treatment" hint="The organization and guideline, for example a national specialty society’s guideline." defaultValue={values.fields.guidelineOrg} errors={errors.guidelineOrg} />
        {show('prior-authorization') && (
          <Field name="whyNoAuthorization" type="textarea" label="Why authorization was not obtained beforehand (prior-authorization denials)" hint="For example: treatment had to start urgently, or the office filed it under the wrong provider." defaultValue={values.fields.whyNoAuthorization} errors={errors.whyNoAuthorization} />
        )}
        {show('step-therapy') && (
          <fieldset className="mt-6" aria-describedby={describedByFor(fieldId('stepTherapyGrounds'), { error: Boolean(errors.stepTherapyGrounds) })}>
            <legend className="font-medium">Step-therapy exception grounds (step-therapy denials)</legend>
            <FieldError id={`${fieldId('stepTherapyGrounds')}-error`} errors={errors.stepTherapyGrounds} />
            {GROUNDS.map((g, i) => (
              <label key={g.value} className="mt-2 flex items-start gap-2">
                <input type="checkbox" name="stepTherapyGrounds" value={g.value} defaultChecked={values.stepTherapyGrounds.includes(g.value)} id={i === 0 ? fieldId('stepTherapyGrounds') : undefined} className="mt-1.5 size-5" />
                <span>{g.label}</span>
              </label>
            ))}
            <label htmlFor={fieldId('stepTherapyDetail')} className="mt-4 block font-medium">Details for the exception <span className="font-normal text-muted">(optional)</span></label>
            <textarea id={fieldId('stepTherapyDetail')} name="stepTherapyDetail" rows={3} defaultValue={values.fields.stepTherapyDetail} className={inputClass} />
          </fieldset>
        )}
      </Section>

      <button type="submit" name="intent" value="submit" disabled={pending} onClick={() => setBusy('submit')} className="mt-8 rounded-md bg-brand px-6 py-3 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending && busy === 'submit' ? 'Composing your letter…' : letterId ? 'Save and see the letter' : 'Compose my letter'}
      </button>
      <p className="mt-3 text-base text-muted">Free preview. Your answers are encrypted and only this browser (or your private link) can open them.</p>
    </form>
  );
}
