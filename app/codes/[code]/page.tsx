import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HubPage } from '@/components/hub-page';
import { LetterCta } from '@/components/letter-cta';
import { SourcesFooter } from '@/components/sources-footer';
import { getContent } from '@/lib/content/loader';
import { renderMarkdown } from '@/lib/content/markdown';
import { codeLabel, reasonPath } from '@/lib/content/queries';

type Params = { code: string };
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [...getContent().codes.keys()].map((code) => ({ code }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const code = getContent().codes.get((await params).code);
  if (!code) return {};
  return { title: `${codeLabel(code)}: ${code.title}`, description: code.meaning, alternates: { canonical: `/codes/${code.slug}` } };
}

export default async function CodePage({ params }: { params: Promise<Params> }) {
  const index = getContent();
  const code = index.codes.get((await params).code);
  if (!code) notFound();
  const reason = code.reason ? index.reasons.get(code.reason) : undefined;
  return (
    <HubPage
      crumbs={[
        { name: 'Denial codes', path: '/codes' },
        { name: codeLabel(code), path: `/codes/${code.slug}` },
      ]}
      title={`${codeLabel(code)}: ${code.title}`}
      intro={
        <div className="rounded-xl bg-calm p-4" data-testid="code-meaning">
          <p>{code.meaning}</p>
          <p className="mt-2 text-base text-muted">
            Kind of denial: {code.denialType}. Seen with group codes {code.groups.join(', ')}.
          </p>
          {code.deactivated && <p className="mt-2 font-semibold">This code is no longer in use; a current claim should carry a different code.</p>}
        </div>
      }
    >
      <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(code.body) }} />
      <p data-testid="claim-file-link">
        To see exactly why the plan used this code, <Link href="/claim-file-request">ask for your claim file and the criteria used</Link> (a free letter;
        nothing is stored).
      </p>
      {reason && (
        <section aria-labelledby="reason">
          <h2 id="reason" className="mb-3 text-2xl font-semibold">
            This code usually means: {reason.short.toLowerCase()}
          </h2>
          <p>
            <Link href={reasonPath(reason.slug)}>How to appeal a claim {reason.label}</Link>
          </p>
          <LetterCta href={`/appeal?${new URLSearchParams({ reason: reason.slug })}`} heading="Draft your appeal letter" />
        </section>
      )}
      <SourcesFooter sources={code.sources} />
    </HubPage>
  );
}
