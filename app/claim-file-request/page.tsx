import type { Metadata } from 'next';
import { PLAN_LABELS, PLAN_TYPES } from '@/lib/appeal/plans';
import { UNSUPPORTED_PLANS } from '@/lib/appeal/plans/unsupported';
import { ClaimFileForm } from './_components/claim-file-form';

export const metadata: Metadata = {
  title: 'Ask for your claim file and the criteria used (free letter)',
  description: 'A free letter asking your health plan for the complete claim file and the exact criteria it used to deny your claim, citing your right to them where your plan type has one.',
  alternates: { canonical: '/claim-file-request' },
};

export default function ClaimFileRequestPage() {
  return (
    <>
      <h1 className="text-[1.75rem] font-bold leading-tight sm:text-4xl">Ask for your claim file and the criteria used</h1>
      <p className="mt-4 text-lg">
        Before you appeal, it helps to see what the plan saw: the whole claim file and the exact coverage criteria it applied. This free letter
        asks for both, and cites your right to them where the rules for your kind of plan give you one.
      </p>
      <p className="mt-2 text-base text-muted">Free. Nothing you type here is stored: the letter is written, shown to you and forgotten.</p>
      <ClaimFileForm planTypes={PLAN_TYPES.map((p) => ({ value: p, label: PLAN_LABELS[p] }))} otherPlanTypes={Object.entries(UNSUPPORTED_PLANS).map(([value, p]) => ({ value, label: p.label }))} />
    </>
  );
}
