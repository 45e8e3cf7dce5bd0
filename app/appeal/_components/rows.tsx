'use client';

import type { CriterionValues, FieldErrors, TreatmentValues } from '@/lib/appeal/form-values';
import { markFor, type ReadMark } from '@/lib/appeal/read-marks';
import { describedByFor, FieldError, fieldId, inputClass, ReadNote } from './field';

type RowsProps<T> = {
  list: 'criteria' | 'priorTreatments';
  rows: T[];
  errors: FieldErrors;
  /** "Read from your letter" marks: a criterion row is marked while it holds the criterion as read. */
  marks?: ReadMark[];
  onAdd: (e: React.MouseEvent<HTMLButtonElement>) => void;
  onRemove: (index: number) => (e: React.MouseEvent<HTMLButtonElement>) => void;
};

const COLUMNS = {
  criteria: [
    ['criterion', 'Coverage criterion', 'What the plan’s policy requires'],
    ['chartFact', 'Fact from the records', 'The fact in the chart that meets it, with its date'],
    ['exhibit', 'Document', 'The document you will attach, e.g. “Pathology report, 2026-09-14”'],
  ],
  priorTreatments: [
    ['treatment', 'Treatment', 'Drug or therapy tried'],
    ['dates', 'Dates', 'e.g. 2025-01 to 2025-06'],
    ['outcome', 'Outcome', 'What happened: did not work, side effects…'],
  ],
} as const;

/**
 * Editable rows. The add and remove buttons are submit buttons with an `intent`, so they work without
 * JavaScript (the server returns the form with one row more or less); with JavaScript they act instantly.
 */
export function Rows<T extends CriterionValues | TreatmentValues>({ list, rows, errors, marks = [], onAdd, onRemove }: RowsProps<T>) {
  const noun = list === 'criteria' ? 'criterion' : 'treatment';
  return (
    <div>
      <FieldError id={`${fieldId(list)}-error`} errors={errors[list]} />
      <ol className="space-y-4">
        {rows.map((row, i) => (
          <li key={`${list}-${i}`} className="rounded-lg border border-slate-300 p-3" data-testid={`${list}-row`}>
            <fieldset>
              <legend className="font-semibold">{list === 'criteria' ? `Criterion ${i + 1}` : `Treatment ${i + 1}`}</legend>
              {COLUMNS[list].map(([key, label, hint]) => {
                const name = `${list}.${i}.${key}`;
                const id = fieldId(name);
                const err = errors[name];
                const value = (row as Record<string, string>)[key];
                const mark = key === 'criterion' ? markFor(marks, 'criteria', value) : undefined;
                return (
                  <div key={key} className="mt-2">
                    <label htmlFor={id} className="block font-medium">
                      {label}
                    </label>
                    <p id={`${id}-hint`} className="text-base text-muted">
                      {hint}
                    </p>
                    {mark && <ReadNote id={`${id}-read`} mark={mark} />}
                    <textarea
                      id={id}
                      name={name}
                      rows={key === 'criterion' || key === 'chartFact' || key === 'outcome' ? 2 : 1}
                      defaultValue={value}
                      aria-describedby={describedByFor(id, { hint: true, mark: Boolean(mark), error: Boolean(err) })}
                      aria-invalid={err ? true : undefined}
                      className={inputClass}
                    />
                    <FieldError id={`${id}-error`} errors={err} />
                  </div>
                );
              })}
              <button
                type="submit"
                name="intent"
                value={`remove-${list}:${i}`}
                formNoValidate
                onClick={onRemove(i)}
                className="mt-2 text-base text-brand underline"
              >
                Remove {noun} {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="submit"
        name="intent"
        value={`add-${list}`}
        formNoValidate
        onClick={onAdd}
        className="mt-3 rounded-md border border-brand px-4 py-2 font-medium text-brand"
      >
        Add a {noun}
      </button>
    </div>
  );
}
