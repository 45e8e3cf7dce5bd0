import Link from 'next/link';
import { HubPage } from '@/components/hub-page';
import type { StaticMeta } from '@/components/static-page';
import { WhoDecides } from '@/components/who-decides';
import { renderSharedMarkdown } from '@/lib/content/markdown';
import { guideLinkText, guidePath, insurerDrugPath, insurerPath } from '@/lib/content/queries';
import type { ContentIndex, Insurer } from '@/lib/content/types';

export function insurerHubMeta(insurer: Insurer): StaticMeta {
  return {
    title: `Appeal a denial from ${insurer.name}`,
    description: `Guides to appealing a drug or service denied by ${insurer.name}: your deadlines, the criteria to answer, and what to send.`,
    path: insurerPath(insurer.slug),
    ogType: 'website',
  };
}

/** `/guides/{insurer}`: where appeals go, who decides, the states it sells in, and its guides by drug or service. */
export function InsurerHub({ index, insurer }: { index: ContentIndex; insurer: Insurer }) {
  const guides = index.byInsurer.get(insurer.slug) ?? [];
  const drugs = [...new Set(guides.map((g) => g.drug))].map((slug) => index.drugs.get(slug)!).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <HubPage
      crumbs={[
        { name: 'Guides', path: '/guides' },
        { name: insurer.name, path: insurerPath(insurer.slug) },
      ]}
      title={insurerHubMeta(insurer).title}
      intro={<div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderSharedMarkdown(insurer.body) }} />}
    >
      {insurer.appeals && (
        <section aria-labelledby="contact" className="rounded-xl bg-calm p-4">
          <h2 id="contact" className="text-xl font-semibold">
            Where appeals go
          </h2>
          {insurer.appeals.mail && <p className="mt-2">{insurer.appeals.mail}</p>}
          {insurer.appeals.phone && <p className="mt-2">Phone: {insurer.appeals.phone}</p>}
          {insurer.appeals.url && (
            <p className="mt-2">
              <a href={insurer.appeals.url} rel="noopener">
                {insurer.name} appeals page
              </a>
            </p>
          )}
          {insurer.appeals.note && <p className="mt-2">{insurer.appeals.note}</p>}
        </section>
      )}
      <WhoDecides index={index} payer={insurer.slug} />
      <section aria-labelledby="states" data-testid="insurer-states">
        <h2 id="states" className="mb-3 text-xl font-semibold">
          Rules in your state
        </h2>
        {insurer.states ? (
          <p>
            {insurer.name} sells plans in{' '}
            {insurer.states.list.map((slug, i) => (
              <span key={slug}>
                {i > 0 && (i === insurer.states!.list.length - 1 ? ' and ' : ', ')}
                <Link href={`/states/${slug}`}>{index.states.get(slug)?.name ?? slug}</Link>
              </span>
            ))}{' '}
            (
            <a href={insurer.states.source.url} rel="noopener">
              source
            </a>
            ). Each state page names its external review program, the agency to complain to and free help.
          </p>
        ) : (
          <p>
            Each <Link href="/states">state page</Link> names the external review program, the agency to complain to and free help with an appeal.
          </p>
        )}
      </section>
      <section aria-labelledby="guides">
        <h2 id="guides" className="mb-3 text-2xl font-semibold">
          Guides for {insurer.name}
        </h2>
        <ul className="space-y-4">
          {drugs.map((drug) => (
            <li key={drug.slug}>
              <Link href={insurerDrugPath(insurer.slug, drug.slug)} className="font-semibold">
                {drug.name}
              </Link>
              <ul className="mt-1 list-disc pl-6">
                {(index.byInsurerDrug.get(`${insurer.slug}/${drug.slug}`) ?? []).map((g) => (
                  <li key={g.key}>
                    <Link href={guidePath(g)}>{guideLinkText(index, g)}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </HubPage>
  );
}
