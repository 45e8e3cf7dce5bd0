'use client';

import type { AppealFormValues, FieldErrors } from '@/lib/appeal/form-values';
import { markFor, type ReadMark } from '@/lib/appeal/read-marks';
import type { FormOptions } from './appeal-form';
import { describedByFor, Field, FieldError, fieldId, Radios, Select } from './field';
import { FIELD_LABELS, GROUNDS, TIMINGS, URGENT } from './field-labels';
import { Rows } from './rows';

export type FieldContext = {
  values: AppealFormValues;
  errors: FieldErrors;
  marks: ReadMark[];
  options: FormOptions;
  onPlanType: (v: string) => void;
  onAdd: (list: 'criteria' | 'priorTreatments') => (e: React.MouseEvent<HTMLButtonElement>) => void;
  onRemove: (list: 'criteria' | 'priorTreatments') => (i: number) => (e: React.MouseEvent<HTMLButtonElement>) => void;
};

/** One question of a step, by its field name. */
export function StepField({ name, ctx }: { name: string; ctx: FieldContext }) {
  const { values, errors, marks, options } = ctx;
  const f = values.fields;
  const mark = markFor(marks, name, f[name]);
  const label = FIELD_LABELS[name]!;
  switch (name) {
    case 'insurer':
      return (
        <>
          <Field
            name="insurer"
            label={label}
            hint="As it appears on the denial letter: the plan, not the company that reviewed the request for it."
            required
            list="insurer-names"
            defaultValue={f.insurer}
            errors={errors.insurer}
            mark={mark}
          />
          <datalist id="insurer-names">
            {options.insurers.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </>
      );
    case 'decidedBy':
      return (
        <Field
          name="decidedBy"
          label={label}
          hint="A pharmacy or imaging benefit manager (CVS Caremark, Express Scripts, Optum Rx, eviCore, Carelon) that wrote the letter for your plan. Your plan is still the insurer."
          defaultValue={f.decidedBy}
          errors={errors.decidedBy}
          mark={mark}
        />
      );
    case 'insurerAddress':
      return (
        <Field
          name="insurerAddress"
          type="textarea"
          label={label}
          hint="Where the letter says to send an appeal."
          defaultValue={f.insurerAddress}
          errors={errors.insurerAddress}
          mark={mark}
        />
      );
    case 'drug':
      return (
        <>
          <Field name="drug" label={label} required list="drug-names" defaultValue={f.drug} errors={errors.drug} mark={mark} />
          <datalist id="drug-names">
            {options.drugs.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </>
      );
    case 'reason':
      return <Select name="reason" label={label} options={options.reasons} value={f.reason} errors={errors.reason} mark={mark} />;
    case 'denialWords':
      return (
        <Field
          name="denialWords"
          type="textarea"
          label={label}
          hint="Copy the sentence from the denial letter."
          defaultValue={f.denialWords}
          errors={errors.denialWords}
          mark={mark}
        />
      );
    case 'denialDate':
      return (
        <Field
          name="denialDate"
          type="date"
          label={label}
          hint="Your deadlines count from this date."
          required
          defaultValue={f.denialDate}
          errors={errors.denialDate}
          mark={mark}
        />
      );
    case 'serviceDate':
      return (
        <Field
          name="serviceDate"
          type="date"
          label={label}
          hint="When the treatment was or will be given."
          defaultValue={f.serviceDate}
          errors={errors.serviceDate}
          mark={mark}
        />
      );
    case 'claimNumber':
      return <Field name="claimNumber" label={label} defaultValue={f.claimNumber} errors={errors.claimNumber} mark={mark} />;
    case 'planType':
      return (
        <Select
          name="planType"
          label={label}
          hint="It decides your deadlines and the rules we cite. The plan booklet, the member card or the denial letter usually says which."
          options={options.planTypes}
          other={options.otherPlanTypes}
          value={f.planType}
          errors={errors.planType}
          onChange={ctx.onPlanType}
        />
      );
    case 'noticeDays':
      return (
        <Field
          name="noticeDays"
          label={label}
          hint="Medicaid without a health plan and CHIP only: your state sets the number, and the notice must give it. Enter the number of days, for example 30."
          defaultValue={f.noticeDays}
          errors={errors.noticeDays}
        />
      );
    case 'timing':
      return <Radios name="timing" legend={label} value={f.timing} errors={errors.timing} choices={TIMINGS} />;
    case 'urgent':
      return <Radios name="urgent" legend={label} value={f.urgent} errors={errors.urgent} choices={URGENT} />;
    case 'urgentWhy':
      return (
        <Field
          name="urgentWhy"
          type="textarea"
          label="If yes, why waiting is dangerous"
          hint="The doctor’s statement that the case is urgent carries the most weight."
          defaultValue={f.urgentWhy}
          errors={errors.urgentWhy}
        />
      );
    case 'patientName':
      return <Field name="patientName" label={label} required defaultValue={f.patientName} errors={errors.patientName} autoComplete="name" mark={mark} />;
    case 'memberId':
      return (
        <Field
          name="memberId"
          label={label}
          hint="On the insurance card and the denial letter."
          required
          defaultValue={f.memberId}
          errors={errors.memberId}
          mark={mark}
        />
      );
    case 'representativeName':
      return (
        <Field
          name="representativeName"
          label={label}
          hint="Leave empty if you are the patient. If you write for them, the plan may ask for a form they sign naming you."
          defaultValue={f.representativeName}
          errors={errors.representativeName}
        />
      );
    case 'representativeRelationship':
      return <Field name="representativeRelationship" label={label} defaultValue={f.representativeRelationship} errors={errors.representativeRelationship} />;
    case 'prescriberName':
      return <Field name="prescriberName" label={label} required defaultValue={f.prescriberName} errors={errors.prescriberName} />;
    case 'prescriberSpecialty':
      return (
        <Field
          name="prescriberSpecialty"
          label={label}
          hint="For example oncology, pulmonology, dermatology."
          required
          defaultValue={f.prescriberSpecialty}
          errors={errors.prescriberSpecialty}
        />
      );
    case 'diagnosis':
      return (
        <Field
          name="diagnosis"
          label={label}
          hint="As the doctor wrote it, with the code if you have it."
          required
          defaultValue={f.diagnosis}
          errors={errors.diagnosis}
        />
      );
    case 'criteria':
      return (
        <section aria-labelledby="q-criteria" className="mt-6">
          <h3 id="q-criteria" className="text-lg font-semibold">
            {label}
          </h3>
          <p className="text-base text-muted">
            Each requirement in the plan’s policy, the fact in the records that meets it, and the document that shows it. We never fill in a fact for you.
          </p>
          <Rows list="criteria" rows={values.criteria} errors={errors} marks={marks} onAdd={ctx.onAdd('criteria')} onRemove={ctx.onRemove('criteria')} />
        </section>
      );
    case 'priorTreatments':
      return (
        <section aria-labelledby="q-treatments" className="mt-6">
          <h3 id="q-treatments" className="text-lg font-semibold">
            {label}
          </h3>
          <Rows
            list="priorTreatments"
            rows={values.priorTreatments}
            errors={errors}
            onAdd={ctx.onAdd('priorTreatments')}
            onRemove={ctx.onRemove('priorTreatments')}
          />
        </section>
      );
    case 'guidelineOrg':
      return (
        <Field
          name="guidelineOrg"
          label={label}
          hint="The organization and guideline, for example a national specialty society’s guideline."
          defaultValue={f.guidelineOrg}
          errors={errors.guidelineOrg}
        />
      );
    case 'whyNoAuthorization':
      return (
        <Field
          name="whyNoAuthorization"
          type="textarea"
          label={`${label} (prior-authorization denials)`}
          hint="For example: treatment had to start urgently, or the office filed it under the wrong provider."
          defaultValue={f.whyNoAuthorization}
          errors={errors.whyNoAuthorization}
        />
      );
    case 'stepTherapyGrounds':
      return (
        <fieldset className="mt-6" aria-describedby={describedByFor(fieldId('stepTherapyGrounds'), { error: Boolean(errors.stepTherapyGrounds) })}>
          <legend className="font-medium">{label} (step-therapy denials)</legend>
          <FieldError id={`${fieldId('stepTherapyGrounds')}-error`} errors={errors.stepTherapyGrounds} />
          {GROUNDS.map((g, i) => (
            <label key={g.value} className="mt-2 flex items-start gap-2">
              <input
                type="checkbox"
                name="stepTherapyGrounds"
                value={g.value}
                defaultChecked={values.stepTherapyGrounds.includes(g.value)}
                id={i === 0 ? fieldId('stepTherapyGrounds') : undefined}
                className="mt-1.5 size-5"
              />
              <span>{g.label}</span>
            </label>
          ))}
        </fieldset>
      );
    case 'stepTherapyDetail':
      return <Field name="stepTherapyDetail" type="textarea" label={label} defaultValue={f.stepTherapyDetail} errors={errors.stepTherapyDetail} />;
    default:
      return null;
  }
}
