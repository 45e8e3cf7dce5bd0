import { PlanFinderQuestion, PlanFinderResult } from '@/components/plan-finder';
import type { FinderStep } from '@/lib/appeal/plans/finder';

const secondary = 'rounded-md border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-calm';

/**
 * "Not sure? Find your plan type" inside the letter form: each answer is a form post, so everything the
 * patient typed comes back with the next question, and the answer lands in the plan-type field.
 */
export function PlanFinder({ step }: { step?: FinderStep }) {
  if (!step) {
    return (
      <button type="submit" name="intent" value="plan-finder" formNoValidate className={`mt-2 ${secondary}`} data-testid="open-plan-finder">
        Not sure? Find your plan type
      </button>
    );
  }
  if ('question' in step) {
    return (
      <PlanFinderQuestion
        step={step}
        prefix="finder."
        button={
          <button type="submit" name="intent" value="plan-finder" className={secondary}>
            Continue
          </button>
        }
      />
    );
  }
  return (
    <PlanFinderResult result={step.result}>
      {step.result.planType ? <p className="mt-2">We chose it in the list above. You can still change it.</p> : null}
    </PlanFinderResult>
  );
}
