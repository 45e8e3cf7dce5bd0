import type { ReactNode } from 'react';
import type { ReadMark } from '@/lib/appeal/read-marks';
import type { Option } from './appeal-form';

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2';

type FieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  defaultValue?: string;
  required?: boolean;
  type?: 'text' | 'date' | 'textarea';
  list?: string;
  autoComplete?: string;
  /** Set when the value was read from the pasted letter: shown for the patient to check. */
  mark?: ReadMark;
};

export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

/** A labelled input whose hint and error are tied to it for screen readers. */
export function Field({ name, label, hint, errors, defaultValue = '', required, type = 'text', list, autoComplete = 'off', mark }: FieldProps) {
  const id = fieldId(name);
  const describedBy = describedByFor(id, { hint: Boolean(hint), mark: Boolean(mark), error: Boolean(errors?.length) });
  const common = {
    id,
    name,
    defaultValue,
    'aria-describedby': describedBy,
    'aria-invalid': errors?.length ? true : undefined,
    required,
    className: inputClass,
  };
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label} {!required && <span className="font-normal text-muted">(optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      )}
      {mark && <ReadNote id={`${id}-read`} mark={mark} />}
      {type === 'textarea' ? <textarea rows={3} {...common} /> : <input type={type} list={list} autoComplete={autoComplete} {...common} />}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The ids that describe a control: its hint, its "read from your letter" note, its error. */
export function describedByFor(id: string, parts: { hint?: boolean; mark?: boolean; error?: boolean }): string | undefined {
  return [parts.hint ? `${id}-hint` : '', parts.mark ? `${id}-read` : '', parts.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** "Read from your letter": the value came from the pasted letter; the words it came from, to check against. */
export function ReadNote({ id, mark }: { id: string; mark: ReadMark }) {
  const quote = mark.evidence.trim() !== mark.value.trim();
  return (
    <p id={id} className="mt-1 border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-base" data-testid="read-note">
      <strong>Read from your letter: please check it.</strong>
      {quote && (
        <>
          {' '}
          <span className="text-muted">The letter says: “{mark.evidence}”</span>
        </>
      )}
    </p>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 font-medium text-red-800" data-testid="field-error">
      {errors.join(' ')}
    </p>
  );
}

/** Radio buttons under a legend; the first one carries the field id, so an error summary can link to it. */
export function Radios({
  name,
  legend,
  choices,
  value,
  errors,
}: {
  name: string;
  legend: string;
  choices: [string, string][];
  value?: string;
  errors?: string[];
}) {
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

/** A labelled select, with the choices we cannot draft yet in their own group. */
export function Select({
  name,
  label,
  hint,
  options,
  other,
  value,
  errors,
  mark,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  options: Option[];
  other?: Option[];
  value?: string;
  errors?: string[];
  mark?: ReadMark;
  onChange?: (v: string) => void;
}) {
  const id = fieldId(name);
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      )}
      {mark && <ReadNote id={`${id}-read`} mark={mark} />}
      <select
        id={id}
        name={name}
        defaultValue={value ?? ''}
        onChange={(e) => onChange?.(e.target.value)}
        aria-describedby={describedByFor(id, { hint: Boolean(hint), mark: Boolean(mark), error: Boolean(errors) })}
        aria-invalid={errors ? true : undefined}
        className={inputClass}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {other && (
          <optgroup label="We can’t draft these yet">
            {other.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
