import type { Metadata } from 'next';
import Link from 'next/link';
import { HubPage } from '@/components/hub-page';
import { getContent } from '@/lib/content/loader';

export const metadata: Metadata = {
  title: 'Learn how health-insurance appeals work',
  description:
    'Plain-language articles on prior authorization denials, letters of medical necessity, peer-to-peer reviews, external review, step therapy exceptions and plan types.',
  alternates: { canonical: '/learn' },
};

export default function LearnIndex() {
  const articles = [...getContent().learn.values()];
  return (
    <HubPage crumbs={[{ name: 'Learn', path: '/learn' }]} title="How appeals work">
      <ul className="space-y-4">
        {articles.map((a) => (
          <li key={a.slug}>
            <Link href={`/learn/${a.slug}`} className="font-semibold">
              {a.title}
            </Link>
            <p className="text-muted">{a.description}</p>
          </li>
        ))}
      </ul>
    </HubPage>
  );
}
