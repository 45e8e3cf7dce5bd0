import type { Metadata } from 'next';
import Link from 'next/link';
import { emptyValues, type AppealFormValues } from '@/lib/appeal/form-values';
import { initialFormState } from '@/lib/appeal/form/state';
import { isPlanType } from '@/lib/appeal/plans';
import { getContent } from '@/lib/content/loader';
import { guideKey } from '@/lib/content/types';
import { PRICE_LINE } from '@/lib/pricing';
import { AppealForm } from './_components/appeal-form';
import { formOptions } from './_components/form-options';

export const metadata: Metadata = {
  title: 'Draft your appeal letter',
  description: 'Answer a few questions about the denial and get a criteria-mapped appeal letter with your deadlines.',
  alternates: { canonical: '/appeal' },
};

type Search = { insurer?: string; drug?: string; reason?: string; planType?: string };

/** Prefill from a guide (insurer and drug names, the reason, the guide's criteria as starting rows) or from "Find your plan type". */
function prefill({ insurer = '', drug = '', reason = '', planType = '' }: Search): AppealFormValues {
  const index = getContent();
  const values = emptyValues();
  const i = index.insurers.get(insurer);
  const d = index.drugs.get(drug);
  if (i) values.fields.insurer = i.name;
  if (d) values.fields.drug = d.name;
  if (index.reasons.has(reason as never)) values.fields.reason = reason;
  if (isPlanType(planType)) values.fields.planType = planType;
  const guide = index.guides.get(guideKey(insurer, drug, reason));
  if (guide) values.criteria = guide.criteria.map((c) => ({ criterion: c.criterion, chartFact: '', exhibit: '' }));
  return values;
}

export default async function AppealPage({ searchParams }: { searchParams: Promise<Search> }) {
  const values = prefill(await searchParams);
  return (
    <>
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">Draft your appeal letter</h1>
      <AppealForm
        initial={initialFormState(values)}
        options={formOptions()}
        intro={
          <>
            <p className="mt-4 text-lg">
              Have the denial letter in front of you. We turn your answers into a letter that answers the exact denial reason, maps each coverage criterion to a
              fact in the records, cites the rules for your plan, and gives your deadlines. Your doctor reviews and signs it.
            </p>
            <p className="mt-2 text-base text-muted">Free preview. {PRICE_LINE}</p>
            <p className="mt-2 text-base">
              Missing the plan’s criteria? <Link href="/claim-file-request">Ask for your claim file first</Link>: a free letter, and nothing is stored.
            </p>
          </>
        }
      />
    </>
  );
}
