import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DeadlineTable } from '@/components/deadline-table';
import { GuideList } from '@/components/guide-list';
import { HubPage } from '@/components/hub-page';
import { LearnMore } from '@/components/learn-more';
import { LetterCta } from '@/components/letter-cta';
import { getContent } from '@/lib/content/loader';
import { renderSharedMarkdown } from '@/lib/content/markdown';
import { reasonPath } from '@/lib/content/queries';
import { isReason, REASONS } from '@/lib/content/reasons';

type Params = { reason: string };
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return REASONS.map((reason) => ({ reason }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { reason: slug } = await params;
  const reason = isReason(slug) ? getContent().reasons.get(slug) : undefined;
  if (!reason) return {};
  return { title: `Claim ${reason.label}? How to appeal`, description: reason.answer, alternates: { canonical: reasonPath(slug) } };
}

export default async function ReasonHub({ params }: { params: Promise<Params> }) {
  const { reason: slug } = await params;
  const index = getContent();
  const reason = isReason(slug) ? index.reasons.get(slug) : undefined;
  if (!reason) notFound();
  const guides = index.byReason.get(reason.slug) ?? [];
  return (
    <HubPage
      crumbs={[
        { name: 'Guides', path: '/guides' },
        { name: reason.short, path: reasonPath(slug) },
      ]}
      title={`Claim ${reason.label}?`}
      intro={
        <p className="rounded-xl bg-calm p-4" data-testid="answer">
          <strong>You can appeal it.</strong> {reason.answer}
        </p>
      }
    >
      <section aria-labelledby="strategy">
        <h2 id="strategy" className="mb-3 text-2xl font-semibold">
          How to answer it
        </h2>
        <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderSharedMarkdown(reason.body) }} />
      </section>
      <LearnMore index={index} reason={reason.slug} />
      <section aria-labelledby="guides">
        <h2 id="guides" className="mb-3 text-2xl font-semibold">
          Guides for this denial
        </h2>
        <GuideList index={index} guides={guides} />
      </section>
      <section aria-labelledby="deadlines">
        <h2 id="deadlines" className="mb-3 text-2xl font-semibold">
          Your deadlines
        </h2>
        <DeadlineTable />
      </section>
      <LetterCta href={`/appeal?${new URLSearchParams({ reason: reason.slug })}`} heading="Get your appeal letter drafted" />
    </HubPage>
  );
}
