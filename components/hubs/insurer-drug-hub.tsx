import { GuideList } from '@/components/guide-list';
import { HubPage } from '@/components/hub-page';
import type { StaticMeta } from '@/components/static-page';
import { renderSharedMarkdown } from '@/lib/content/markdown';
import { insurerDrugPath, insurerPath } from '@/lib/content/queries';
import type { ContentIndex, Drug, Guide, Insurer } from '@/lib/content/types';

export function insurerDrugHubMeta(insurer: Insurer, drug: Drug): StaticMeta {
  return {
    title: `${drug.name} denied by ${insurer.name}? How to appeal`,
    description: `How to appeal when ${insurer.name} denies ${drug.name}: guides for each denial reason, with deadlines and the criteria to answer.`,
    path: insurerDrugPath(insurer.slug, drug.slug),
    ogType: 'website',
  };
}

/** `/guides/{insurer}/{drug}`: the drug or service, and the payer's guides for it by denial reason. */
export function InsurerDrugHub({ index, insurer, drug, guides }: { index: ContentIndex; insurer: Insurer; drug: Drug; guides: Guide[] }) {
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
