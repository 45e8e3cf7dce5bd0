import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs, breadcrumbJsonLd } from '@/components/breadcrumbs';
import { DeadlineTable } from '@/components/deadline-table';
import { JsonLd } from '@/components/json-ld';
import { LearnMore } from '@/components/learn-more';
import { LetterCta } from '@/components/letter-cta';
import { SourcesFooter } from '@/components/sources-footer';
import { getContent } from '@/lib/content/loader';
import { renderMarkdown, renderSharedMarkdown, splitAtTimeline } from '@/lib/content/markdown';
import { appealPath, guideNames, guidePath, insurerDrugPath, insurerPath, prerenderedGuides } from '@/lib/content/queries';
import { guideKey } from '@/lib/content/types';
import { env } from '@/lib/env';
import { absoluteUrl, SITE_NAME } from '@/lib/site';
import { AtAGlance } from './_components/at-a-glance';
import { CriteriaTable } from './_components/criteria-table';
import { NextSteps } from './_components/next-steps';
import { claimFileRight } from '@/lib/appeal/plans/summary';
import { RelatedGuides } from './_components/related-guides';

type Params = { insurer: string; drug: string; reason: string };

// The most important guides are prerendered; any other listed guide renders on first request and is then cached.
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): Params[] {
  return prerenderedGuides(getContent(), env().PRERENDER_LIMIT).map(({ insurer, drug, reason }) => ({ insurer, drug, reason }));
}

function findGuide(params: Params) {
  const index = getContent();
  const guide = index.guides.get(guideKey(params.insurer, params.drug, params.reason));
  return guide ? { index, guide, ...guideNames(index, guide) } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = findGuide(await params);
  if (!found) return {};
  const { guide, title } = found;
  const path = guidePath(guide);
  return {
    title,
    description: guide.summary,
    alternates: { canonical: path },
    robots: guide.draft ? { index: false } : undefined,
    openGraph: { title, description: guide.summary, url: path, type: 'article', images: [{ url: `/og/${guide.key}`, width: 1200, height: 630, alt: title }] },
  };
}

export default async function GuidePage({ params }: { params: Promise<Params> }) {
  const found = findGuide(await params);
  if (!found) notFound();
  const { index, guide, insurer, drug, reason, title } = found;
  const [bodyBefore, timeline] = splitAtTimeline(guide.body);
  const crumbs = [
    { name: 'Guides', path: '/guides' },
    { name: insurer.name, path: insurerPath(insurer.slug) },
    { name: drug.name, path: insurerDrugPath(insurer.slug, drug.slug) },
    { name: reason.short, path: guidePath(guide) },
  ];
  return (
    <article>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'Article', headline: title, description: guide.summary, dateModified: guide.lastReviewed, url: absoluteUrl(guidePath(guide)), publisher: { '@type': 'Organization', name: SITE_NAME }, about: drug.name },
            breadcrumbJsonLd(crumbs),
          ],
        }}
      />
      <Breadcrumbs crumbs={crumbs} />
      {guide.draft && (
        <p className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 font-semibold text-warn" data-testid="draft-banner">
          Draft — this guide is not published. It shows only in the local site.
        </p>
      )}
      <h1 className="text-[1.75rem] font-bold leading-tight sm:text-4xl">{title}</h1>
      <AtAGlance answer={reason.answer} planTypes={insurer.planTypes} />

      <section aria-labelledby="rights" className="mt-8">
        <h2 id="rights" className="text-2xl font-semibold">Your appeal rights</h2>
        <p className="my-4">
          You can ask {insurer.name} to reconsider (an internal appeal), and for almost every plan you can then ask an independent
          reviewer outside the insurer. The clock depends on the kind of plan you have; count from the date printed on the denial letter.
        </p>
        <DeadlineTable planTypes={insurer.planTypes} />
      </section>

      <section aria-labelledby="requires" className="mt-8">
        <h2 id="requires" className="text-2xl font-semibold">What {insurer.name} typically requires</h2>
        <p className="my-4">
          The coverage criteria come from the insurer&apos;s published medical or pharmacy policy and from the FDA label for {drug.name}.
          A strong appeal takes each criterion in turn and points to the fact in the medical record that meets it. If the criteria were not
          sent with your denial, ask for them in writing.{claimFileRight(insurer.planTypes)}
        </p>
      </section>

      <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(bodyBefore) }} />

      <section aria-labelledby="documents">
        <h2 id="documents" className="mt-10 mb-3 text-2xl font-semibold">Documents to gather</h2>
        <ul className="list-disc space-y-1 pl-6">
          {guide.documents.map((doc) => <li key={doc}>{doc}</li>)}
        </ul>
      </section>

      <CriteriaTable criteria={guide.criteria} />

      {timeline && <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(timeline) }} />}

      <section aria-labelledby="strategy">
        <h2 id="strategy" className="mt-10 mb-3 text-2xl font-semibold">How to answer a “{reason.short.toLowerCase()}” denial</h2>
        <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderSharedMarkdown(reason.body) }} />
      </section>

      <LearnMore index={index} reason={reason.slug} />
      <NextSteps planTypes={insurer.planTypes} />

      <LetterCta href={appealPath(guide)} heading="Get your appeal letter drafted">
        <p>
          We prefill the letter with {insurer.name}, {drug.name} and this denial reason, turn the criteria above into a table your
          doctor fills from the chart, and compute your deadlines from the date on your letter.
        </p>
      </LetterCta>

      <RelatedGuides index={index} guide={guide} />
      <SourcesFooter sources={guide.sources} lastReviewed={guide.lastReviewed} />
    </article>
  );
}
