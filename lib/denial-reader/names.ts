import type { CatalogEntry, NamedFound } from './types';
import { escapeRegExp, lines, snippet } from './text';

type NameHit = { slug: string; name: string; start: number; end: number };

/** Every whole-word, case-insensitive mention of a catalog name, longest match first at each place. */
function mentions(text: string, entries: CatalogEntry[]): NameHit[] {
  const owners = new Map<string, { spelling: string; slugs: Set<string> }>();
  for (const e of entries) {
    for (const name of e.names) {
      const key = name.trim().toLowerCase();
      if (key.length < 2) continue;
      if (!owners.has(key)) owners.set(key, { spelling: name.trim(), slugs: new Set() });
      owners.get(key)!.slugs.add(e.slug);
    }
  }
  const hits: (NameHit & { ambiguous: boolean })[] = [];
  for (const [key, { spelling, slugs }] of owners) {
    const pattern = escapeRegExp(key).replace(/\s+/g, '\\s*');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?:'?s)?(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) {
      hits.push({ slug: [...slugs][0]!, name: spelling, start: m.index, end: m.index + m[0].length, ambiguous: slugs.size > 1 });
    }
  }
  // Prefer the longest match: drop any mention inside a longer one ("Blue Cross" in "Anthem Blue Cross").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof hits = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  // A name two entries share (e.g. "eviCore healthcare") names neither.
  return kept.filter((h) => !h.ambiguous);
}

const LABELED_LINE = /^\s*(?:re|subject|drug(?:\s+name)?|medication|medicine|prescription|service(?:\s*\/\s*item)?|services?\s+requested|item|requested\s+(?:drug|service|item|medication)|(?:drug|service|item)\s+requested|procedure|plan|health\s+plan|insurer|from)\s*[:#-]/i;

/**
 * The one catalog entry the letter names. When it names several, the names on labeled lines
 * ("Drug:", "Service requested:", "Re:", "Plan:") decide, then the letterhead (first lines);
 * if that still leaves more than one, nothing is returned. `name` is the catalog's spelling of the
 * name the letter used ("Anthem Blue Cross", "pembrolizumab").
 */
export function findEntry(text: string, entries: CatalogEntry[], opts: { headerLines?: number } = {}): NamedFound | undefined {
  const hits = mentions(text, entries);
  if (!hits.length) return undefined;
  const lineStarts: number[] = [];
  let pos = 0;
  for (const l of lines(text)) {
    lineStarts.push(pos);
    pos += l.length + 1;
  }
  const lineOf = (i: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const all = lines(text);
  const evidence = (h: NameHit) => {
    const line = all[lineOf(h.start)]!;
    const at = h.start - lineStarts[lineOf(h.start)]!;
    return snippet(line, at, h.end - h.start);
  };
  const decide = (subset: NameHit[]): NamedFound | undefined | null => {
    const slugs = new Set(subset.map((h) => h.slug));
    if (slugs.size === 1) return { value: subset[0]!.slug, name: subset[0]!.name, evidence: evidence(subset[0]!) };
    return slugs.size === 0 ? null : undefined;
  };
  const labeled = decide(hits.filter((h) => LABELED_LINE.test(all[lineOf(h.start)]!)));
  if (labeled !== null) return labeled;
  if (opts.headerLines) {
    const firstLines = new Set<number>();
    all.forEach((l, i) => {
      if (l.trim() && firstLines.size < opts.headerLines!) firstLines.add(i);
    });
    const header = decide(hits.filter((h) => firstLines.has(lineOf(h.start))));
    if (header !== null) return header;
  }
  return decide(hits) ?? undefined;
}
