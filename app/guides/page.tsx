import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideFinder } from '@/components/guide-finder';
import { ReasonList } from '@/components/reason-list';
import { HubPage } from '@/components/hub-page';
import { getContent } from '@/lib/content/loader';
import { insurerPath } from '@/lib/content/queries';

export const metadata: Metadata = {
  title: 'Appeal guides by insurer, drug and denial reason',
  description: 'Browse plain-language guides to appealing a health-insurance denial, by insurer, by drug or service, and by the reason the plan gave.',
  alternates: { canonical: '/guides' },
};

export default function GuidesHub() {
  const index = getContent();
  const insurers = [...index.insurers.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <HubPage
      crumbs={[{ name: 'Guides', path: '/guides' }]}
      title="Appeal guides"
      intro={<p>Pick your insurer, or the reason your plan gave for the denial.</p>}
    >
      <GuideFinder index={index} />
      <section aria-labelledby="by-insurer">
        <h2 id="by-insurer" className="mb-3 text-2xl font-semibold">
          By insurer
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {insurers.map((insurer) => (
            <li key={insurer.slug}>
              <Link href={insurerPath(insurer.slug)}>{insurer.name}</Link>{' '}
              <span className="text-muted">({index.byInsurer.get(insurer.slug)?.length ?? 0} guides)</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-reason">
        <h2 id="by-reason" className="mb-3 text-2xl font-semibold">
          By denial reason
        </h2>
        <ReasonList index={index} />
      </section>
    </HubPage>
  );
}
