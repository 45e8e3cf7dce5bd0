import Link from 'next/link';
import { GuideFinder } from '@/components/guide-finder';
import { ReasonList } from '@/components/reason-list';
import { GuideList } from '@/components/guide-list';
import { JsonLd } from '@/components/json-ld';
import { getContent } from '@/lib/content/loader';
import { prerenderedGuides } from '@/lib/content/queries';
import { claimFileRight, windowSummary } from '@/lib/appeal/plans/summary';
import { SITE_NAME, SITE_URL } from '@/lib/site';

/** The plan types most patients hold, for the home page's deadline line. */
const HOME_PLANS = ['employer', 'individual', 'medicare-advantage', 'medicare-part-d', 'medicaid'] as const;

export default function HomePage() {
  const index = getContent();
  return (
    <>
      <JsonLd data={{ '@context': 'https://schema.org', '@type': 'WebSite', name: SITE_NAME, url: SITE_URL }} />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Your insurer said no. You can still appeal.</h1>
      <p className="mt-4 text-lg">
        Almost every US health plan has to let you appeal a denial: first to the plan itself, and for most plans then to an independent reviewer whose decision
        the plan must follow. An appeal answers the reason the plan gave, with the records that meet its coverage criteria.
      </p>

      <section aria-labelledby="first-steps" className="mt-8 rounded-xl bg-calm p-5">
        <h2 id="first-steps" className="text-2xl font-semibold">
          What to do first
        </h2>
        <ol className="mt-3 list-decimal space-y-3 pl-6">
          <li>
            <strong>Find the date printed on your denial letter.</strong> Your deadline counts from it: {windowSummary(HOME_PLANS)}.{' '}
            <Link href="/how-we-count">How we count</Link>.
          </li>
          <li>
            <strong>Find the reason</strong> the plan gives, in its own words, and any code beside it.
          </li>
          <li>
            <strong>Ask the plan in writing</strong> for your claim file and the coverage criteria it used: <Link href="/claim-file-request">free letter</Link>.
            {claimFileRight(HOME_PLANS)}
          </li>
          <li>
            <strong>Find your guide below</strong>, then have your appeal letter drafted for your doctor to sign.
          </li>
        </ol>
      </section>

      <section aria-labelledby="finder" className="mt-10">
        <h2 id="finder" className="mb-3 text-2xl font-semibold">
          Find the guide for your denial
        </h2>
        <GuideFinder index={index} />
      </section>

      <section aria-labelledby="reasons" className="mt-10">
        <h2 id="reasons" className="mb-3 text-2xl font-semibold">
          Denials by reason
        </h2>
        <ReasonList index={index} />
      </section>

      <section aria-labelledby="popular" className="mt-10">
        <h2 id="popular" className="mb-3 text-2xl font-semibold">
          Popular guides
        </h2>
        <GuideList index={index} guides={prerenderedGuides(index, 8)} />
        <p className="mt-4">
          <Link href="/guides">Browse all guides</Link>
        </p>
      </section>
    </>
  );
}
