import type { ReasonSlug } from './reasons';
import type { ContentIndex } from './types';

/** Which evergreen articles each denial reason's pages point to; shown only once the article exists. */
const BY_REASON: Record<ReasonSlug, string[]> = {
  'prior-authorization': ['prior-authorization-denied', 'letter-of-medical-necessity', 'peer-to-peer-review'],
  'medical-necessity': ['letter-of-medical-necessity', 'peer-to-peer-review'],
  'step-therapy': ['step-therapy-exception', 'letter-of-medical-necessity'],
  'non-formulary': ['step-therapy-exception', 'letter-of-medical-necessity'],
  experimental: ['letter-of-medical-necessity', 'peer-to-peer-review'],
  'out-of-network': ['letter-of-medical-necessity'],
  'quantity-limit': ['letter-of-medical-necessity'],
};
const ALWAYS = ['external-review', 'how-to-tell-your-plan-type'];

export function learnLinks(index: ContentIndex, reason: ReasonSlug) {
  return [...BY_REASON[reason], ...ALWAYS].flatMap((slug) => {
    const article = index.learn.get(slug);
    return article ? [{ href: `/learn/${slug}`, title: article.title }] : [];
  });
}

export function codesForReason(index: ContentIndex, reason: ReasonSlug) {
  return [...index.codes.values()].filter((c) => c.reason === reason && !c.deactivated);
}
