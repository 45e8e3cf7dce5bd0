import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs, breadcrumbJsonLd } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { LetterCta } from '@/components/letter-cta';
import { SourcesFooter } from '@/components/sources-footer';
import { getContent } from '@/lib/content/loader';
import { renderMarkdown } from '@/lib/content/markdown';
import { absoluteUrl, SITE_NAME } from '@/lib/site';

type Params = { slug: string };
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [...getContent().learn.keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = getContent().learn.get((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: `/learn/${article.slug}` },
    openGraph: { title: article.title, description: article.description, type: 'article' },
  };
}

export default async function LearnPage({ params }: { params: Promise<Params> }) {
  const article = getContent().learn.get((await params).slug);
  if (!article) notFound();
  const path = `/learn/${article.slug}`;
  const crumbs = [
    { name: 'Learn', path: '/learn' },
    { name: article.title, path },
  ];
  return (
    <article>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@graph': [
            {
              '@type': 'Article',
              headline: article.title,
              description: article.description,
              dateModified: article.lastReviewed,
              url: absoluteUrl(path),
              publisher: { '@type': 'Organization', name: SITE_NAME },
            },
            breadcrumbJsonLd(crumbs),
          ],
        }}
      />
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">{article.title}</h1>
      <p className="mt-4 text-lg">{article.description}</p>
      <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }} />
      <LetterCta href="/appeal" heading="Get your appeal letter drafted" />
      <SourcesFooter sources={article.sources} lastReviewed={article.lastReviewed} />
    </article>
  );
}
