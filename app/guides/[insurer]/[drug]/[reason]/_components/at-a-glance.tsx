import type { PlanType } from '@/lib/appeal/plan-types';
import { joinAnd } from '@/lib/appeal/format';
import { PLAN_RULES } from '@/lib/appeal/rules';

const SHORT: Record<PlanType, string> = {
  employer: 'employer plans',
  individual: 'Marketplace plans',
  grandfathered: 'grandfathered employer plans',
  'medicare-advantage': 'Medicare Advantage',
  'medicare-part-d': 'Medicare Part D',
  medicaid: 'Medicaid plans',
  fehb: 'federal employee plans',
};

/** "180 days for employer plans and Marketplace plans; 65 days for …", grouped by the length of the window. */
function windows(planTypes: readonly PlanType[]): string {
  const groups = new Map<string, string[]>();
  for (const type of planTypes) {
    const window = PLAN_RULES[type].window.replace(/ \(.*\)$/, '');
    groups.set(window, [...(groups.get(window) ?? []), SHORT[type]]);
  }
  return [...groups].map(([window, names]) => `${window} for ${joinAnd(names)}`).join('; ');
}

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
          Counted from the date on the denial letter: {windows(planTypes)}. <a href="#rights">See the full table</a>.
        </dd>
      </div>
      <div>
        <dt className="font-semibold">What to do first</dt>
        <dd>Find the date on the denial letter, then ask the prescriber&apos;s office to gather the records listed below.</dd>
      </div>
    </dl>
  );
}
