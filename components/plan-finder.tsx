import type { ReactNode } from 'react';
import type { FinderResult, FinderStep } from '@/lib/appeal/plans/finder';

type QuestionStep = Extract<FinderStep, { question: unknown }>;

/**
 * One question of "Find your plan type", with the answers so far as hidden fields. `prefix` keeps the
 * names apart from the letter form's own fields when the questions are asked inside it.
 */
export function PlanFinderQuestion({ step, prefix = '', button }: { step: QuestionStep; prefix?: string; button: ReactNode }) {
  const { question, number, answers } = step;
  const id = `finder-${question.id}`;
  return (
    <fieldset className="mt-3 rounded-lg bg-calm p-4" aria-describedby={question.hint ? `${id}-hint` : undefined} data-testid="plan-finder">
      <legend className="float-left mb-2 w-full text-lg font-semibold">
        Question {number}: {question.text}
      </legend>
      {Object.entries(answers).map(([name, value]) => (
        <input key={name} type="hidden" name={`${prefix}${name}`} value={value} />
      ))}
      {question.hint && (
        <p id={`${id}-hint`} className="clear-both text-base text-muted">
          {question.hint}
        </p>
      )}
      <div className="clear-both mt-2 space-y-2">
        {question.choices.map((c, i) => (
          <label key={c.value} className="flex items-start gap-2">
            <input type="radio" name={`${prefix}${question.id}`} value={c.value} id={i === 0 ? id : undefined} className="mt-1.5 size-5 shrink-0" required />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      <div className="mt-3">{button}</div>
    </fieldset>
  );
}

/** The answer: a plan type and why, or the honest "not yet" with where to go. */
export function PlanFinderResult({ result, children }: { result: FinderResult; children?: ReactNode }) {
  return (
    <div className="mt-3 rounded-lg border-2 border-brand bg-calm p-4" data-testid="plan-finder-result" role="status">
      <p className="text-lg font-semibold">{result.planType ? `Your plan type: ${result.label}` : result.label}</p>
      <p className="mt-1">{result.why}</p>
      {'answer' in result && <p className="mt-2">{result.answer}</p>}
      {children}
    </div>
  );
}
