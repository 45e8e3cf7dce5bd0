import { PLAN_TYPE_LABELS, type PlanType } from '@/lib/appeal/plan-types';
import { PLAN_RULES } from '@/lib/appeal/rules';

/** The first screen: is it fixable, what is my deadline, what do I do first. */
export function AtAGlance({ answer, planTypes }: { answer: string; planTypes: readonly PlanType[] }) {
  return (
    <dl className="mt-4 space-y-3 rounded-xl bg-calm p-4" data-testid="answer">
      <div>
        <dt className="font-semibold">Can this be fixed?</dt>
        <dd>Usually. {answer}</dd>
      </div>
      <div>
        <dt className="font-semibold">Your deadline</dt>
        <dd>
          Counted from the date on the denial letter:{' '}
          {planTypes.map((type, i) => (
            <span key={type}>
              {PLAN_RULES[type].window} for {PLAN_TYPE_LABELS[type].replace(/ \(.*\)$/, '').toLowerCase()}
              {i < planTypes.length - 1 ? '; ' : '.'}
            </span>
          ))}{' '}
          <a href="#rights">See the full table</a>.
        </dd>
      </div>
      <div>
        <dt className="font-semibold">What to do first</dt>
        <dd>Find the date on the denial letter, then ask the prescriber&apos;s office to gather the records listed below.</dd>
      </div>
    </dl>
  );
}
