'use client';

import type { AppealFormValues, FieldErrors } from '@/lib/appeal/form-values';
import { markFor, type ReadMark } from '@/lib/appeal/read-marks';
import type { FormOptions } from './appeal-form';
import { describedByFor, Field, FieldError, fieldId, inputClass, ReadNote, Section } from './field';

type Props = {
  values: AppealFormValues;
  errors: FieldErrors;
  options: FormOptions;
  marks: ReadMark[];
  onReason: (reason: string) => void;
  onPlanType: (planType: string) => void;
  showNoticeDays: boolean;
  /** The "not sure? find your plan type" questions, inside the form so nothing typed is lost. */
  finder: React.ReactNode;
};

function Radios({ name, legend, choices, value, errors }: { name: string; legend: string; choices: [string, string][]; value?: string; errors?: string[] }) {
  return (
    <fieldset className="mt-4" aria-describedby={describedByFor(fieldId(name), { error: Boolean(errors) })}>
      <legend className="font-medium">{legend}</legend>
      <FieldError id={`${fieldId(name)}-error`} errors={errors} />
      {choices.map(([v, label], i) => (
        <label key={v} className="mt-1 flex items-center gap-2">
          <input type="radio" name={name} value={v} defaultChecked={value === v} id={i === 0 ? fieldId(name) : undefined} className="size-5" />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function DenialSection({ values, errors, options, marks, onReason, onPlanType, showNoticeDays, finder }: Props) {
  const f = values.fields;
  const mark = (name: string) => markFor(marks, name, f[name]);
  const reasonMark = mark('reason');
  return (
    <Section title="The denial">
      <Field
        name="insurer"
        label="Insurance company, plan or agency that denied it"
        hint="As it appears on the denial letter."
        required
        list="insurer-names"
        defaultValue={f.insurer}
        errors={errors.insurer}
        mark={mark('insurer')}
      />
      <datalist id="insurer-names">
        {options.insurers.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <Field
        name="insurerAddress"
        type="textarea"
        label="Appeals address"
        hint="From the denial letter, if it gives one."
        defaultValue={f.insurerAddress}
        errors={errors.insurerAddress}
        mark={mark('insurerAddress')}
      />

      <div className="mt-4">
        <label htmlFor={fieldId('planType')} className="block font-medium">
          Kind of plan
        </label>
        <p id={`${fieldId('planType')}-hint`} className="text-base text-muted">
          It decides your deadlines and the rules we cite. The plan booklet, the member card or the denial letter usually says which.
        </p>
        <select
          id={fieldId('planType')}
          name="planType"
          defaultValue={f.planType ?? ''}
          onChange={(e) => onPlanType(e.target.value)}
          aria-describedby={describedByFor(fieldId('planType'), { hint: true, error: Boolean(errors.planType) })}
          aria-invalid={errors.planType ? true : undefined}
          className={inputClass}
        >
          <option value="">Choose…</option>
          {options.planTypes.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          <optgroup label="We can’t draft these yet">
            {options.otherPlanTypes.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        </select>
        <FieldError id={`${fieldId('planType')}-error`} errors={errors.planType} />
        {finder}
      </div>
      {showNoticeDays && (
        <Field
          name="noticeDays"
          label="Days your notice gives you to ask for a hearing or review"
          hint="Medicaid without a health plan and CHIP only: your state sets the number, and the notice must give it. Enter the number of days, for example 30."
          defaultValue={f.noticeDays}
          errors={errors.noticeDays}
        />
      )}

      <Field name="drug" label="Drug or service denied" required list="drug-names" defaultValue={f.drug} errors={errors.drug} mark={mark('drug')} />
      <datalist id="drug-names">
        {options.drugs.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>

      <div className="mt-4">
        <label htmlFor={fieldId('reason')} className="block font-medium">
          Why it was denied
        </label>
        {reasonMark && <ReadNote id={`${fieldId('reason')}-read`} mark={reasonMark} />}
        <select
          id={fieldId('reason')}
          name="reason"
          defaultValue={f.reason ?? ''}
          onChange={(e) => onReason(e.target.value)}
          aria-describedby={describedByFor(fieldId('reason'), { mark: Boolean(reasonMark), error: Boolean(errors.reason) })}
          aria-invalid={errors.reason ? true : undefined}
          className={inputClass}
        >
          <option value="">Choose…</option>
          {options.reasons.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldError id={`${fieldId('reason')}-error`} errors={errors.reason} />
      </div>
      <Field
        name="denialWords"
        type="textarea"
        label="The reason in the insurer’s own words"
        hint="Copy the sentence from the denial letter."
        defaultValue={f.denialWords}
        errors={errors.denialWords}
        mark={mark('denialWords')}
      />
      <Field
        name="denialDate"
        type="date"
        label="Date on the denial letter"
        hint="Your deadlines count from this date."
        required
        defaultValue={f.denialDate}
        errors={errors.denialDate}
        mark={mark('denialDate')}
      />
      <Field
        name="serviceDate"
        type="date"
        label="Date of service"
        hint="When the treatment was or will be given."
        defaultValue={f.serviceDate}
        errors={errors.serviceDate}
        mark={mark('serviceDate')}
      />
      <Radios
        name="timing"
        legend="Has the treatment happened?"
        value={f.timing}
        errors={errors.timing}
        choices={[
          ['pre-service', 'Not yet: we need approval first'],
          ['post-service', 'Yes: the claim for it was denied'],
          ['ongoing', 'It is ongoing and coverage was cut or not renewed'],
        ]}
      />
      <Field name="claimNumber" label="Claim or authorization number" defaultValue={f.claimNumber} errors={errors.claimNumber} mark={mark('claimNumber')} />
      <Radios
        name="urgent"
        legend="Could waiting seriously harm the patient’s life, health or recovery?"
        value={f.urgent}
        errors={errors.urgent}
        choices={[
          ['no', 'No'],
          ['yes', 'Yes: ask for an expedited (72-hour) review'],
        ]}
      />
      <Field
        name="urgentWhy"
        type="textarea"
        label="If yes, why waiting is dangerous"
        hint="The doctor’s statement that the case is urgent carries the most weight."
        defaultValue={f.urgentWhy}
        errors={errors.urgentWhy}
      />
    </Section>
  );
}
