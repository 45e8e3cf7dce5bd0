import type { AppealFormValues } from '@/lib/appeal/form-values';

/** The answers of the fields not shown on this step, so the next post carries every one. */
export function HiddenAnswers({ values, shown }: { values: AppealFormValues; shown: Set<string> }) {
  return (
    <>
      {Object.entries(values.fields).map(([name, value]) => (shown.has(name) ? null : <input key={name} type="hidden" name={name} value={value} />))}
      {!shown.has('stepTherapyGrounds') && values.stepTherapyGrounds.map((g) => <input key={g} type="hidden" name="stepTherapyGrounds" value={g} />)}
      {(['criteria', 'priorTreatments'] as const).map((list) =>
        shown.has(list)
          ? null
          : values[list].map((row, i) =>
              Object.entries(row).map(([key, value]) => <input key={`${list}.${i}.${key}`} type="hidden" name={`${list}.${i}.${key}`} value={value} />),
            ),
      )}
    </>
  );
}
