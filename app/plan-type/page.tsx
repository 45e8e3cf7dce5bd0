import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanFinderQuestion, PlanFinderResult } from '@/components/plan-finder';
import { finderStep, type FinderAnswers } from '@/lib/appeal/plans/finder';
import { ruleHref } from '@/lib/appeal/plans/entries';

export const metadata: Metadata = {
  title: 'Find your plan type',
  description:
    'A few questions about who gives you your health coverage, to find which appeal rules apply to your denial: employer, Marketplace, Medicare, Medicaid, military and more.',
  alternates: { canonical: '/plan-type' },
};

type Search = Record<string, string | string[] | undefined>;

/** The answers so far, one value per question, from the query string (only answers, never health details). */
function answersFrom(search: Search): FinderAnswers {
  return Object.fromEntries(Object.entries(search).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
}

export default async function PlanTypePage({ searchParams }: { searchParams: Promise<Search> }) {
  const step = finderStep(answersFrom(await searchParams));
  const asked = Object.entries(step.answers);
  const back = new URLSearchParams(asked.slice(0, -1));
  return (
    <>
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">Find your plan type</h1>
      <p className="mt-4 text-lg">
        Your plan type decides your appeal deadlines and the rules your letter cites. A few questions about who gives you the coverage are enough.
      </p>
      {asked.length > 0 && (
        <p className="mt-4">
          <Link href={`/plan-type${back.size ? `?${back}` : ''}`}>Back to the previous question</Link> · <Link href="/plan-type">Start over</Link>
        </p>
      )}
      {'question' in step ? (
        <form method="get" action="/plan-type" className="mt-4">
          <PlanFinderQuestion
            step={step}
            button={
              <button type="submit" className="rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
                Continue
              </button>
            }
          />
        </form>
      ) : (
        <PlanFinderResult result={step.result}>
          {step.result.planType && (
            <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
              <Link href={`/appeal?planType=${step.result.planType}`} className="font-semibold" data-testid="use-plan-type">
                Use this plan type in my appeal letter
              </Link>
              <Link href={ruleHref(`${step.result.planType}.appeal-window`)}>See its deadlines and rules</Link>
            </p>
          )}
        </PlanFinderResult>
      )}
    </>
  );
}
