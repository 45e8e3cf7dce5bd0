import type { PlanType } from '@/lib/appeal/plans';
import { windowSummary } from '@/lib/appeal/plans/summary';

/** The first screen: can I appeal, what is my deadline, what do I do first. */
export function AtAGlance({ answer, planTypes, firstDocument }: { answer: string; planTypes: readonly PlanType[]; firstDocument?: string }) {
  return (
    <dl className="mt-4 space-y-3 rounded-xl bg-calm p-4" data-testid="answer">
      <div>
        <dt className="font-semibold">Can you appeal?</dt>
        <dd>Yes. {answer}</dd>
      </div>
      <div>
        <dt className="font-semibold">Your deadline</dt>
        <dd>
          Counted from the date on the denial letter: {windowSummary(planTypes)}. <a href="#rights">See your plan’s rules</a>.
        </dd>
      </div>
      <div>
        <dt className="font-semibold">What to do first</dt>
        <dd>
          Find the date on the denial letter
          {firstDocument ? (
            <>, then start with this: {firstDocument.charAt(0).toLowerCase() + firstDocument.slice(1)}.</>
          ) : (
            ', then gather the records listed below.'
          )}
        </dd>
      </div>
    </dl>
  );
}
