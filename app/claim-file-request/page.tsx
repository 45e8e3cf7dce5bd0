import type { Metadata } from 'next';
import { noticeGapsFrom } from '@/lib/appeal/documents/claim-file-request';
import { isPlanType, PLAN_LABELS, PLAN_TYPES } from '@/lib/appeal/plans';
import { noticeRequirements } from '@/lib/appeal/plans/notice';
import { UNSUPPORTED_PLANS } from '@/lib/appeal/plans/unsupported';
import { ClaimFileForm } from './_components/claim-file-form';

export const metadata: Metadata = {
  title: 'Ask for your claim file and the criteria used (free letter)',
  description:
    'A free letter asking your health plan for the complete claim file and the exact criteria it used to deny your claim, citing your right to them where your plan type has one.',
  alternates: { canonical: '/claim-file-request' },
};

type Search = { planType?: string; missing?: string };

/**
 * From "what your plan owed you" in the letter form: the plan type and the notice items it could not find
 * (ids only, no health details) arrive in the query, as checkboxes the patient confirms against the notice.
 */
export default async function ClaimFileRequestPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { planType = '', missing = '' } = await searchParams;
  const gaps = isPlanType(planType) ? noticeGapsFrom(missing.split(',')) : [];
  const gapOptions = isPlanType(planType)
    ? noticeRequirements(planType)
        .filter((r, i, all) => gaps.includes(r.item) && all.findIndex((x) => x.item === r.item) === i)
        .map((r) => ({ value: r.item, label: `${r.text[0]!.toUpperCase()}${r.text.slice(1)} (${r.citation})` }))
    : [];
  return (
    <>
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">Ask for your claim file and the criteria used</h1>
      <p className="mt-4 text-lg">
        Before you appeal, it helps to see what the plan saw: the whole claim file and the exact coverage criteria it applied. This free letter asks for both,
        and cites your right to them where the rules for your kind of plan give you one.
      </p>
      <p className="mt-2 text-base text-muted">Free. Nothing you type here is stored: the letter is written, shown to you and forgotten.</p>
      <ClaimFileForm
        initialPlanType={isPlanType(planType) ? planType : ''}
        gapOptions={gapOptions}
        planTypes={PLAN_TYPES.map((p) => ({ value: p, label: PLAN_LABELS[p] }))}
        otherPlanTypes={Object.entries(UNSUPPORTED_PLANS).map(([value, p]) => ({ value, label: p.label }))}
      />
    </>
  );
}
