import type { ContentIssue } from './parse';
import type { ContentIndex, Guide } from './types';

/**
 * How much of each guide page's text no other guide page has: 5-word shingles over the rendered main
 * content, the share of a page's shingles found on no other guide page, and the page it shares most with.
 */
export const UNIQUE_FLOOR = 0.25;
export const UNIQUE_TARGET_MEDIAN = 0.4;
const SHINGLE = 5;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The words a reader sees: no markup, no JSON-LD, entities decoded, and of a folded <details> only its
 * summary (the deadline rules of the plan types the reader does not open stay folded).
 */
export function visibleText(html: string): string {
  return html
    .replace(/<details(?![^>]*\sopen)[^>]*>([\s\S]*?)<\/details>/gi, (_m, inner: string) => /<summary[\s\S]*?<\/summary>/i.exec(inner)?.[0] ?? ' ')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(#\d+|#x[\da-f]+|\w+);/gi,
      (m, e: string) =>
        ENTITIES[e] ?? (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m),
    );
}

export function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

export type Uniqueness = { guide: Guide; share: number; shingles: number; mostSimilar?: { key: string; shared: number } };

/** Every guide's unique share; `render` gives the page's main-content HTML. */
export function measureUniqueness(index: ContentIndex, render: (guide: Guide) => string): Uniqueness[] {
  const guides = [...index.guides.values()];
  const sets = guides.map((g) => shingles(visibleText(render(g))));
  // For each shingle, how many pages carry it, and (for the similarity search) which.
  const pagesOf = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = pagesOf.get(s);
      if (list) list.push(i);
      else pagesOf.set(s, [i]);
    }
  });
  return guides.map((guide, i) => {
    const set = sets[i]!;
    let unique = 0;
    const shared = new Map<number, number>();
    for (const s of set) {
      const pages = pagesOf.get(s)!;
      if (pages.length === 1) unique++;
      // Shingles on every page are the template; they say nothing about which page this one copies.
      else if (pages.length < guides.length) for (const p of pages) if (p !== i) shared.set(p, (shared.get(p) ?? 0) + 1);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1])[0];
    return {
      guide,
      share: set.size ? unique / set.size : 0,
      shingles: set.size,
      mostSimilar: best ? { key: guides[best[0]]!.key, shared: best[1] } : undefined,
    };
  });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return 0;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** content:check's rule: a guide whose own text is under the floor fails, naming the page it is most like. */
export function uniquenessIssues(index: ContentIndex, render: (guide: Guide) => string): ContentIssue[] {
  if (index.guides.size < 2) return [];
  return measureUniqueness(index, render)
    .filter((r) => r.share < UNIQUE_FLOOR)
    .map((r) => ({
      file: r.guide.file,
      line: r.guide.bodyLine,
      message: `only ${(r.share * 100).toFixed(0)}% of this guide page's text is its own (the floor is ${UNIQUE_FLOOR * 100}%)${r.mostSimilar ? `; it is most like /guides/${r.mostSimilar.key}` : ''}`,
      fix: 'write what is true of this payer, drug and reason: its named policy, its criteria, who decides, what is specific to the drug; cut sentences that could stand in any guide',
    }));
}
