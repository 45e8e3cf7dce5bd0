'use client';

import { useActionState, useSyncExternalStore } from 'react';
import { Field, FieldError, describedByFor, fieldId, inputClass } from '@/app/appeal/_components/field';
import type { Option } from '@/app/appeal/_components/appeal-form';
import { CLAIM_FILE_FIELDS } from '@/lib/appeal/documents/claim-file-fields';
import { previewClaimFileRequest, type ClaimFileState } from '../actions';

const noSubscribe = () => () => {};
const button = 'rounded-md bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-60';

export function ClaimFileForm({
  planTypes,
  otherPlanTypes,
  initialPlanType = '',
  gapOptions = [],
}: {
  planTypes: Option[];
  otherPlanTypes: Option[];
  initialPlanType?: string;
  gapOptions?: Option[];
}) {
  const [state, formAction, pending] = useActionState(previewClaimFileRequest, {
    values: { planType: initialPlanType },
    gaps: gapOptions.map((g) => g.value),
    fieldErrors: {},
    version: 0,
  } satisfies ClaimFileState);
  const zone = useSyncExternalStore(
    noSubscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => '',
  );
  const v = state.values;
  const e = state.fieldErrors;
  const count = Object.keys(e).length;
  return (
    <>
      <form key={state.version} action={formAction} noValidate className="mt-6" aria-describedby="claim-file-status">
        <input type="hidden" name="timeZone" value={zone} />
        <div id="claim-file-status" aria-live="polite">
          {count > 0 && (
            <p className="rounded-lg border-2 border-red-700 bg-red-50 p-4 font-semibold" data-testid="form-message">
              Please fix {count === 1 ? 'the field' : `${count} fields`} marked below. Nothing you typed was lost.
            </p>
          )}
        </div>
        <Field name="patientName" label="Patient’s full name" required defaultValue={v.patientName} errors={e.patientName} autoComplete="name" />
        <Field
          name="representativeName"
          label="Your name, if you are writing for the patient"
          defaultValue={v.representativeName}
          errors={e.representativeName}
        />
        <Field
          name="representativeRelationship"
          label="Your relationship to the patient"
          defaultValue={v.representativeRelationship}
          errors={e.representativeRelationship}
        />
        <Field
          name="insurer"
          label="Insurance company or plan that denied it"
          hint="As it appears on the denial letter."
          required
          defaultValue={v.insurer}
          errors={e.insurer}
        />
        <Field
          name="planName"
          label="Name of the plan"
          hint="From the member card, if it has one (for example “Gold PPO”)."
          defaultValue={v.planName}
          errors={e.planName}
        />
        <div className="mt-4">
          <label htmlFor={fieldId('planType')} className="block font-medium">
            Kind of plan
          </label>
          <p id={`${fieldId('planType')}-hint`} className="text-base text-muted">
            It decides which rights the letter can cite. <a href="/plan-type">Not sure? Find your plan type</a>.
          </p>
          <select
            id={fieldId('planType')}
            name="planType"
            defaultValue={v.planType ?? ''}
            aria-describedby={describedByFor(fieldId('planType'), { hint: true, error: Boolean(e.planType) })}
            aria-invalid={e.planType ? true : undefined}
            className={inputClass}
          >
            <option value="">Choose…</option>
            {planTypes.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            <optgroup label="We can’t draft these yet">
              {otherPlanTypes.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          </select>
          <FieldError id={`${fieldId('planType')}-error`} errors={e.planType} />
        </div>
        <Field name="memberId" label="Member ID" defaultValue={v.memberId} errors={e.memberId} />
        <Field name="claimNumber" label="Claim or reference number" hint="From the denial letter." defaultValue={v.claimNumber} errors={e.claimNumber} />
        <Field name="denialDate" type="date" label="Date on the denial letter" required defaultValue={v.denialDate} errors={e.denialDate} />
        <Field
          name="insurerAddress"
          type="textarea"
          label="The plan’s address"
          hint="From the denial letter or the member card."
          defaultValue={v.insurerAddress}
          errors={e.insurerAddress}
        />
        {gapOptions.length > 0 && (
          <fieldset className="mt-6" data-testid="notice-gaps">
            <legend className="font-medium">What your notice left out, to ask for by name</legend>
            <p className="text-base text-muted">We could not find these in the letter you pasted. Untick any your notice does include.</p>
            {gapOptions.map((g) => (
              <label key={g.value} className="mt-2 flex items-start gap-2">
                <input type="checkbox" name="noticeGap" value={g.value} defaultChecked={state.gaps.includes(g.value)} className="mt-1.5 size-5" />
                <span>{g.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" disabled={pending} className={`mt-6 ${button}`}>
          {pending ? 'Writing it…' : 'Write my request'}
        </button>
      </form>

      {state.preview && (
        <section aria-labelledby="claim-file-ready" className="mt-10" data-testid="claim-file-preview">
          <h2 id="claim-file-ready" className="text-2xl font-semibold">
            Your request is ready
          </h2>
          <p className="mt-2">Read it, then download it, sign it and send it to the plan by a method you can track. We did not keep a copy.</p>
          <pre className="mt-4 rounded-xl border border-slate-300 bg-white p-4 font-sans text-base whitespace-pre-wrap">{state.preview}</pre>
          <form method="post" action="/claim-file-request/download" className="mt-4 flex flex-wrap gap-3">
            {CLAIM_FILE_FIELDS.map((name) => (
              <input key={name} type="hidden" name={name} value={v[name] ?? ''} />
            ))}
            {state.gaps.map((g) => (
              <input key={g} type="hidden" name="noticeGap" value={g} />
            ))}
            <input type="hidden" name="timeZone" value={state.timeZone ?? ''} />
            <button type="submit" name="format" value="pdf" className={button}>
              Download PDF
            </button>
            <button type="submit" name="format" value="docx" className={button}>
              Download Word
            </button>
            <button type="submit" name="format" value="txt" className={button}>
              Download text
            </button>
          </form>
        </section>
      )}
    </>
  );
}
