'use client';

import { formatDate } from '@/lib/appeal/format';
import type { AppealFormValues } from '@/lib/appeal/form-values';
import { QUESTION_STEPS, STEP_FIELDS, STEP_TITLES, type QuestionStep } from '@/lib/appeal/form/steps';
import type { NoticeReport } from '@/lib/appeal/form/notice-report';
import { markFor, type ReadMark } from '@/lib/appeal/read-marks';
import type { FormOptions } from './appeal-form';
import { FIELD_LABELS, GROUNDS, TIMINGS, URGENT } from './field-labels';

const label = (options: { value: string; label: string }[], v: string) => options.find((o) => o.value === v)?.label ?? v;

/** One answer as the patient would read it back, or undefined when it is empty. */
function answer(field: string, values: AppealFormValues, options: FormOptions): string | string[] | undefined {
  const v = values.fields[field]?.trim() ?? '';
  switch (field) {
    case 'reason':
      return v ? label(options.reasons, v) : undefined;
    case 'planType':
      return v ? label([...options.planTypes, ...options.otherPlanTypes], v) : undefined;
    case 'denialDate':
    case 'serviceDate':
      return v ? formatDate(v) : undefined;
    case 'timing':
      return v ? TIMINGS.find(([k]) => k === v)?.[1] : undefined;
    case 'urgent':
      return v ? URGENT.find(([k]) => k === v)?.[1] : undefined;
    case 'criteria': {
      const rows = values.criteria.filter((r) => r.criterion.trim() || r.chartFact.trim());
      return rows.length ? rows.map((r) => `${r.criterion}${r.chartFact ? ` — ${r.chartFact}` : ''}${r.exhibit ? ` (${r.exhibit})` : ''}`) : undefined;
    }
    case 'priorTreatments': {
      const rows = values.priorTreatments.filter((r) => r.treatment.trim());
      return rows.length ? rows.map((r) => [r.treatment, r.dates, r.outcome].filter(Boolean).join(', ')) : undefined;
    }
    case 'stepTherapyGrounds':
      return values.stepTherapyGrounds.length ? values.stepTherapyGrounds.map((g) => GROUNDS.find((x) => x.value === g)?.label ?? g) : undefined;
    default:
      return v || undefined;
  }
}

/**
 * "Check your answers": every answer by step, each with a Change button (a form post, so nothing is lost)
 * that opens its step with every question shown. Answers read from the pasted letter say so.
 */
export function CheckAnswers({
  values,
  options,
  marks,
  steps,
}: {
  values: AppealFormValues;
  options: FormOptions;
  marks: ReadMark[];
  steps: readonly QuestionStep[];
}) {
  return (
    <div data-testid="check-answers">
      {QUESTION_STEPS.filter((s) => steps.includes(s) || STEP_FIELDS[s].some((f) => answer(f, values, options))).map((step) => (
        <section key={step} aria-labelledby={`check-${step}`} className="mt-8">
          <h2 id={`check-${step}`} className="text-xl font-semibold">
            {STEP_TITLES[step]}
          </h2>
          <dl className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
            {STEP_FIELDS[step].map((field) => {
              const value = answer(field, values, options);
              if (
                value === undefined &&
                ![
                  'planType',
                  'diagnosis',
                  'patientName',
                  'memberId',
                  'insurer',
                  'drug',
                  'reason',
                  'denialDate',
                  'prescriberName',
                  'prescriberSpecialty',
                ].includes(field)
              )
                return null;
              const read = typeof value === 'string' && markFor(marks, field, values.fields[field]);
              return (
                <div key={field} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr_auto] sm:gap-4" data-testid={`answer-${field}`}>
                  <dt className="font-medium">{FIELD_LABELS[field]}</dt>
                  <dd className="break-words">
                    {value === undefined ? (
                      <span className="text-muted">Not answered</span>
                    ) : Array.isArray(value) ? (
                      <ul className="list-disc pl-5">
                        {value.map((v) => (
                          <li key={v}>{v}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="whitespace-pre-line">{value}</span>
                    )}
                    {read && <span className="mt-1 block text-base text-muted">Read from your letter</span>}
                  </dd>
                  <dd>
                    <button type="submit" name="intent" value={`change:${step}`} formNoValidate className="font-medium text-brand underline">
                      Change<span className="sr-only"> {FIELD_LABELS[field]?.toLowerCase()}</span>
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}

/** "What your plan owed you": what the notice lacks of what the rules for its plan type require, each with the rule. */
export function NoticeCheck({ report, planType }: { report?: NoticeReport; planType?: string }) {
  if (!report) return null;
  return (
    <section aria-labelledby="owed" className="mt-10 rounded-xl border border-slate-300 bg-calm p-4" data-testid="notice-check">
      <h2 id="owed" className="text-xl font-semibold">
        What your plan owed you in its notice
      </h2>
      {report.kind === 'not-checked' ? (
        <p className="mt-2">{report.why}</p>
      ) : report.missing.length === 0 ? (
        <p className="mt-2">We found each thing the rules for a {report.planLabel} require a denial notice to include.</p>
      ) : (
        <>
          <p className="mt-2">
            The rules for a {report.planLabel} say a denial notice must include these. We could not find them in the letter you pasted; check it yourself, as
            our reading can miss words:
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="notice-missing">
            {report.missing.map((m) => (
              <li key={`${m.item}-${m.citation}`}>
                {m.text[0]!.toUpperCase() + m.text.slice(1)} <span className="text-muted">({m.citation})</span>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            You can ask the plan for them now, free:{' '}
            <a href={`/claim-file-request?${new URLSearchParams({ planType: planType ?? '', missing: report.missing.map((m) => m.item).join(',') })}`}>
              ask for your claim file and what the notice left out
            </a>
            . Your letter’s claim-file request asks for them too.
          </p>
        </>
      )}
    </section>
  );
}
