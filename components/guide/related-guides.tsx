import { GuideList } from '@/components/guide-list';
import { relatedGuides } from '@/lib/content/loader';
import { guideNames } from '@/lib/content/queries';
import type { ContentIndex, Guide } from '@/lib/content/types';

export function RelatedGuides({ index, guide }: { index: ContentIndex; guide: Guide }) {
  const { sameInsurer, sameDrug } = relatedGuides(index, guide);
  if (sameInsurer.length === 0 && sameDrug.length === 0) return null;
  const { insurer, drug, reason } = guideNames(index, guide);
  return (
    <section aria-labelledby="related" className="no-print" data-testid="related-guides">
      <h2 id="related" className="mt-10 mb-3 text-2xl font-semibold">
        Related guides
      </h2>
      {sameInsurer.length > 0 && (
        <>
          <h3 className="mt-4 mb-2 text-lg font-semibold">
            Other {insurer.name} denials for {reason.short.toLowerCase()}
          </h3>
          <GuideList index={index} guides={sameInsurer} text={(g) => index.drugs.get(g.drug)?.name ?? g.drug} />
        </>
      )}
      {sameDrug.length > 0 && (
        <>
          <h3 className="mt-4 mb-2 text-lg font-semibold">Other {drug.name} denials</h3>
          <GuideList index={index} guides={sameDrug} />
        </>
      )}
    </section>
  );
}
