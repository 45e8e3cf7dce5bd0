import Link from 'next/link';
import { Breadcrumbs, breadcrumbJsonLd } from '@/components/breadcrumbs';
import { DeadlineTable } from '@/components/deadline-table';
import { JsonLd } from '@/components/json-ld';
import { LearnMore } from '@/components/learn-more';
import { LetterCta } from '@/components/letter-cta';
import { SourcesFooter } from '@/components/sources-footer';
import { WhoDecides } from '@/components/who-decides';
import { claimFileRight } from '@/lib/appeal/plans/summary';
import { renderGuideBody } from '@/lib/content/markdown';
import { appealPath, guideNames, guidePath, insurerDrugPath, insurerPath, reasonPath } from '@/lib/content/queries';
import type { ContentIndex, Guide } from '@/lib/content/types';
import { formatDate } from '@/lib/appeal/format';
import { absoluteUrl, SITE_NAME } from '@/lib/site';
import { AtAGlance } from './at-a-glance';
import { CriteriaTable } from './criteria-table';
import { NextSteps } from './next-steps';
import { PolicyBox } from './policy-box';
import { RelatedGuides } from './related-guides';

/**
 * One guide page. A plain, synchronous component of static data, so the page can be served as HTML with no
 * JavaScript at all. Shared blocks stay short and link out; the guide's own text carries the page.
 */
export function GuideView({ index, guide }: { index: ContentIndex; guide: Guide }) {
  const { insurer, drug, reason, title } = guideNames(index, guide);
  const [bodyBefore, timeline] = renderGuideBody(guide.body);
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
            {
              '@type': 'Article',
              headline: title,
              description: guide.summary,
              dateModified: guide.lastReviewed,
              url: absoluteUrl(guidePath(guide)),
              publisher: { '@type': 'Organization', name: SITE_NAME },
              about: drug.name,
            },
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
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">{title}</h1>
      <p className="mt-2 text-base text-muted">
        Last reviewed <time dateTime={guide.lastReviewed}>{formatDate(guide.lastReviewed)}</time>
      </p>
      <AtAGlance
        answer={reason.answer}
        planTypes={insurer.planTypes}
        firstDocument={guide.documents.find((d) => !/^the denial letter/i.test(d)) ?? guide.documents[0]}
      />

      <section aria-labelledby="rights" className="mt-8">
        <h2 id="rights" className="text-2xl font-semibold">
          Your deadlines, by kind of plan
        </h2>
        <p className="my-3">
          Open your kind of plan. <Link href="/plan-type">Not sure which you have?</Link>
        </p>
        <DeadlineTable planTypes={insurer.planTypes} />
      </section>

      <section aria-labelledby="requires" className="mt-8">
        <h2 id="requires" className="text-2xl font-semibold">
          The policy {insurer.name} applies
        </h2>
        <PolicyBox guide={guide} insurer={insurer} drugName={drug.name} />
      </section>
      <WhoDecides index={index} payer={insurer.slug} highlight={guide.decidedBy} />

      <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: bodyBefore }} />

      <section aria-labelledby="documents">
        <h2 id="documents" className="mt-10 mb-3 text-2xl font-semibold">
          Documents to gather
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {guide.documents.map((doc) => (
            <li key={doc}>{doc}</li>
          ))}
        </ul>
      </section>

      <CriteriaTable criteria={guide.criteria} />

      {timeline && <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: timeline }} />}

      <p className="mt-8" data-testid="reason-link">
        How to answer any “{reason.short.toLowerCase()}” denial, step by step: <Link href={reasonPath(reason.slug)}>{reason.label}</Link>.
      </p>
      <LearnMore index={index} reason={reason.slug} limit={2} />
      <NextSteps claimFileRight={claimFileRight(insurer.planTypes)} />

      <LetterCta href={appealPath(guide)} heading="Get your appeal letter drafted">
        <p>
          We prefill the letter with {insurer.name}, {drug.name} and this denial reason, and turn the criteria above into a table your doctor fills from the
          chart.
        </p>
      </LetterCta>

      <RelatedGuides index={index} guide={guide} />
      <SourcesFooter sources={guide.sources} lastReviewed={guide.lastReviewed} />
    </article>
  );
}
