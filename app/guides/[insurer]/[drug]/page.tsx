import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideList } from '@/components/guide-list';
import { HubPage } from '@/components/hub-page';
import { getContent } from '@/lib/content/loader';
import { renderSharedMarkdown } from '@/lib/content/markdown';
import { insurerDrugPath, insurerPath } from '@/lib/content/queries';

type Params = { insurer: string; drug: string };
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [...getContent().byInsurerDrug.keys()].map((key) => {
    const [insurer = '', drug = ''] = key.split('/');
    return { insurer, drug };
  });
}

function find({ insurer, drug }: Params) {
  const index = getContent();
  const guides = index.byInsurerDrug.get(`${insurer}/${drug}`);
  const i = index.insurers.get(insurer);
  const d = index.drugs.get(drug);
  return guides && i && d ? { index, guides, insurer: i, drug: d } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  if (!found) return {};
  const { insurer, drug } = found;
  return {
    title: `${drug.name} denied by ${insurer.name}? How to appeal`,
    description: `How to appeal when ${insurer.name} denies ${drug.name}: guides for each denial reason, with deadlines and the criteria to answer.`,
    alternates: { canonical: insurerDrugPath(insurer.slug, drug.slug) },
  };
}

export default async function InsurerDrugHub({ params }: { params: Promise<Params> }) {
  const found = find(await params);
  if (!found) notFound();
  const { index, guides, insurer, drug } = found;
  return (
    <HubPage
      crumbs={[
        { name: 'Guides', path: '/guides' },
        { name: insurer.name, path: insurerPath(insurer.slug) },
        { name: drug.name, path: insurerDrugPath(insurer.slug, drug.slug) },
      ]}
      title={`${drug.name} denied by ${insurer.name}?`}
      intro={
        <>
          <p>
            <strong>{drug.name}</strong>
            {drug.generic ? ` (${drug.generic})` : ''}. Class: {drug.class}. Used for: {drug.treats.join('; ')}.
          </p>
          <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: renderSharedMarkdown(drug.body) }} />
        </>
      }
    >
      <section aria-labelledby="guides">
        <h2 id="guides" className="mb-3 text-2xl font-semibold">
          Pick the reason on your denial letter
        </h2>
        <GuideList index={index} guides={guides} text={(g) => index.reasons.get(g.reason)?.label ?? g.reason} />
      </section>
    </HubPage>
  );
}
