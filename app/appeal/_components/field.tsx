import type { ReactNode } from 'react';

export const inputClass = 'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2';

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
};

export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

/** A labelled input whose hint and error are tied to it for screen readers. */
export function Field({ name, label, hint, errors, defaultValue = '', required, type = 'text', list, autoComplete = 'off' }: FieldProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name, defaultValue, 'aria-describedby': describedBy, 'aria-invalid': errors?.length ? true : undefined, required, className: inputClass };
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label} {!required && <span className="font-normal text-muted">(optional)</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-base text-muted">{hint}</p>}
      {type === 'textarea' ? <textarea rows={3} {...common} /> : <input type={type} list={list} autoComplete={autoComplete} {...common} />}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
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

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `s-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}
