import type { Code, ContentIndex, Guide } from './types';

type GuideSlugs = { insurer: string; drug: string; reason: string };

export const guidePath = (g: GuideSlugs) => `/guides/${g.insurer}/${g.drug}/${g.reason}`;
export const insurerPath = (insurer: string) => `/guides/${insurer}`;
export const insurerDrugPath = (insurer: string, drug: string) => `/guides/${insurer}/${drug}`;
export const reasonPath = (reason: string) => `/denials/${reason}`;
export const appealPath = (g: GuideSlugs) => `/appeal?${new URLSearchParams({ insurer: g.insurer, drug: g.drug, reason: g.reason })}`;

export function guideNames(index: ContentIndex, guide: Guide) {
  const insurer = index.insurers.get(guide.insurer);
  const drug = index.drugs.get(guide.drug);
  const reason = index.reasons.get(guide.reason);
  if (!insurer || !drug || !reason) throw new Error(`guide ${guide.key} refers to missing content`);
  return { insurer, drug, reason, title: `${drug.name} ${reason.label} by ${insurer.name}?` };
}

/** A short link text for lists: "Tecartus · missing prior authorization". */
export function guideLinkText(index: ContentIndex, guide: Guide): string {
  const { insurer, drug, reason } = guideNames(index, guide);
  return `${drug.name} — ${reason.short.toLowerCase()} (${insurer.shortName})`;
}

/** Guides to prerender at build time: by priority, then alphabetically; the rest render on first request. */
export function prerenderedGuides(index: ContentIndex, limit: number): Guide[] {
  return [...index.guides.values()].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.key.localeCompare(b.key)).slice(0, limit);
}

/** "CO-197": the group a patient most often sees it with, and the code. */
export const codeLabel = (c: Pick<Code, 'slug'>) => c.slug.toUpperCase();
