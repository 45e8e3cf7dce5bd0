import { guideNames, guidePath } from './content/queries';
import type { ContentIndex } from './content/types';

/** One searchable page: its title, URL, kind, and extra words (aliases, generic names, codes). */
export type SearchDoc = { t: string; u: string; k: 'guide' | 'article' | 'code'; w: string };

export function buildSearchIndex(index: ContentIndex): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const guide of index.guides.values()) {
    if (guide.draft) continue;
    const { insurer, drug, reason, title } = guideNames(index, guide);
    docs.push({
      t: title,
      u: guidePath(guide),
      k: 'guide',
      w: [insurer.shortName, ...insurer.aliases, drug.generic ?? '', ...drug.aliases, drug.class, reason.short].join(' '),
    });
  }
  for (const a of index.learn.values()) docs.push({ t: a.title, u: `/learn/${a.slug}`, k: 'article', w: a.description });
  for (const c of index.codes.values())
    docs.push({ t: `${c.slug.toUpperCase()}: ${c.title}`, u: `/codes/${c.slug}`, k: 'code', w: `${c.carc} ${c.groups.join(' ')} ${c.denialType}` });
  return docs;
}

const normalize = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const words = (s: string) =>
  normalize(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Every query word must start some word of the page (title words count double). Best matches first. */
export function searchDocs(docs: SearchDoc[], query: string, limit = 20): SearchDoc[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const scored: { doc: SearchDoc; score: number }[] = [];
  for (const doc of docs) {
    const title = words(doc.t);
    const extra = words(doc.w);
    let score = 0;
    for (const term of terms) {
      const inTitle = title.some((w) => w.startsWith(term));
      const inExtra = !inTitle && extra.some((w) => w.startsWith(term));
      if (!inTitle && !inExtra) {
        score = -1;
        break;
      }
      score += inTitle ? 2 : 1;
    }
    if (score > 0) scored.push({ doc, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.doc.t.localeCompare(b.doc.t))
    .slice(0, limit)
    .map((s) => s.doc);
}
