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
    // Spaces may be missing ("BlueCross BlueShield"), and "and" may be "&" or left out.
    const pattern = escapeRegExp(key)
      .replace(/\s+and\s+/g, ' (?:and |& )?')
      .replace(/\s+/g, '\\s*');
    // A short capitalized abbreviation ("CT", "OT", "PET") only as capitals, and never a state before its ZIP ("Hartford, CT 06105").
    const abbreviation = spelling.length <= 4 && spelling === spelling.toUpperCase();
    const re = abbreviation
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}])(?!\\s*\\d{5})`, 'gu')
      : new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?:'?s)?(?![\\p{L}\\p{N}])`, 'giu');
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
  // A name inside the parentheses that explain the name just before it ("PET/CT scan (positron emission
  // tomography with CT)") is part of that explanation, not a second thing.
  const explained = (h: NameHit, i: number) => {
    const open = text.lastIndexOf('(', h.start);
    if (open < 0 || text.indexOf(')', open) < h.start) return false;
    const before = kept
      .slice(0, i)
      .reverse()
      .find((k) => k.end <= open);
    return before !== undefined && before.slug !== h.slug && open - before.end <= 12 && !text.slice(before.end, open).includes('\n');
  };
  // An abbreviation on a postal address line is part of the address ("0000 Imaginary CT").
  const onAddressLine = (h: NameHit) => {
    if (h.name.length > 4 || h.name !== h.name.toUpperCase()) return false;
    const line = text.slice(text.lastIndexOf('\n', h.start) + 1, (text.indexOf('\n', h.end) + 1 || text.length + 1) - 1);
    // On a long line (a letter pasted as one paragraph), only the words around the name can be its address.
    const near = line.length > 100 ? text.slice(Math.max(0, h.start - 40), h.end + 12) : line;
    return (/^\s*\d+\s/.test(line) && line.trimEnd().endsWith(h.name)) || /\bP\.?\s?O\.?\s+Box\b/i.test(near) || /\b[A-Z]{2}\s+\d{5}\b/.test(near);
  };
  // A name two entries share (e.g. "eviCore healthcare") names neither.
  return kept.filter((h, i) => !h.ambiguous && !explained(h, i) && !onAddressLine(h));
}

/** A "Label:" at the start of a line (up to four words before the colon), as letters and EOB headers set out facts. */
const LABEL = /^\s*([A-Za-z][A-Za-z/&'() -]{0,40}?)\s*[:#]\s+\S/;

/** Labels whose value names the payer. */
export const PAYER_LABELS = /^(?:re|subject|plan(?:\s+name)?|health\s+plan|insurer|insurance|from|payer|carrier|coverage)$/i;
/** Labels whose value names the drug, service or item that was asked for. */
export const SUBJECT_LABELS =
  /^(?:re|subject|(?:study|test|exam|imaging)\s+requested|drugs?(?:\s+(?:name|requested))?|medications?(?:\s+requested)?|medicine|prescription|(?:requested\s+)?(?:service|item|procedure|drug|medication)s?(?:\s*\/\s*item)?(?:\s+requested)?|requested|service\s+description|items?|procedure\s+requested|service\s+requested)$/i;
/** The labels that only a drug's name follows: when the drug there is one we do not know, another drug the letter names is an alternative, not the subject. */
export const DRUG_NAME_LABELS = /^(?:drugs?(?:\s+(?:name|requested))?|medications?(?:\s+requested)?|medicine|drugs?\s+requested)$/i;

type LineInfo = { label?: string; region: number };

/**
 * Each line's label, and the labeled "region" it belongs to: a labeled line and the indented lines that
 * continue its value ("Item: Continuous glucose monitor (Dexcom G7 sensors and / receiver)").
 */
function labelLines(all: string[]): LineInfo[] {
  const out: LineInfo[] = [];
  let current: { label: string; region: number } | undefined;
  all.forEach((line, i) => {
    const m = LABEL.exec(line);
    if (m) {
      current = { label: m[1]!.trim(), region: i };
      out.push(current);
    } else if (current && line.trim() && /^\s{4,}\S/.test(line) && out[i - 1]?.label !== undefined) {
      out.push({ ...current });
    } else {
      current = undefined;
      out.push({ region: i });
    }
  });
  return out;
}

export type FindOptions = {
  /** How many of the first non-blank lines count as the letterhead. */
  headerLines?: number;
  /** Labels whose lines decide first. */
  labels?: RegExp;
  /** Labels that, when present with no known name on them, mean the letter's subject is one we do not know. */
  strictLabels?: RegExp;
  /** Spans of the text already claimed by another kind of name (a benefit manager's). */
  mask?: { start: number; end: number }[];
  /** Words that, just before a name on its line, make it the thing asked for ("the request for Ocrevus"). */
  subjectBefore?: RegExp;
};

/**
 * What introduces the drug or service a letter decides on, when no labeled line names it: "we reviewed the
 * request for", "coverage of", "we will not cover the". Other names in the letter are evidence or alternatives
 * ("the MRI report", "try a formulary drug first").
 */
export const SUBJECT_BEFORE =
  /\b(?:(?<!\b(?:new|another|separate|different)\s+)request(?:ed|s)?\s+(?:for|to\s+cover)|exception\s+(?:request\s+)?for|(?:prior\s+)?authori[sz]ation\s+(?:request\s+)?(?:for|of)|coverage\s+(?:of|for)|(?<!\b(?:our|earlier|previous|prior|existing|current)\s+)approv(?:e|al)\s+(?:of|for)|(?:will|can|could|do|does|did)\s*(?:not|n't)\s+(?:cover|approve|pay\s+for)|den(?:y|ied|ying)(?:\s+(?:coverage\s+(?:of|for)|payment\s+for))?)\s+(?:(?:the|your|a|an)\s+)?$/i;

/**
 * The one catalog entry the letter names. When it names several, the names on labeled lines
 * ("Drug:", "Service requested:", "Plan:") decide, then the letterhead (first lines); if that still
 * leaves more than one, nothing is returned. `name` is the catalog's spelling of the name the letter
 * used ("Anthem Blue Cross", "pembrolizumab").
 */
export function findEntry(text: string, entries: CatalogEntry[], opts: FindOptions = {}): NamedFound | undefined {
  const masked = (h: NameHit) => opts.mask?.some((m) => h.start < m.end && h.end > m.start);
  const hits = mentions(text, entries).filter((h) => !masked(h));
  const lineStarts: number[] = [];
  let pos = 0;
  const all = lines(text);
  for (const l of all) {
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
  const info = labelLines(all);
  if (opts.strictLabels) {
    const strictRegions = new Set(info.filter((l) => l.label && opts.strictLabels!.test(l.label)).map((l) => l.region));
    if (strictRegions.size && !hits.some((h) => strictRegions.has(info[lineOf(h.start)]!.region))) return undefined;
  }
  if (!hits.length) return undefined;
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
  if (opts.labels) {
    const labeled = decide(
      hits.filter((h) => {
        const l = info[lineOf(h.start)]!;
        const label = l.label ?? info[l.region]?.label;
        return label !== undefined && opts.labels!.test(label);
      }),
    );
    if (labeled !== null) return labeled;
  }
  if (opts.headerLines) {
    const firstLines = new Set<number>();
    all.forEach((l, i) => {
      if (l.trim() && firstLines.size < opts.headerLines!) firstLines.add(i);
    });
    const header = decide(hits.filter((h) => firstLines.has(lineOf(h.start))));
    if (header !== null) return header;
  }
  if (opts.subjectBefore) {
    const subject = decide(
      hits.filter((h) => {
        const lineStart = lineStarts[lineOf(h.start)]!;
        return opts.subjectBefore!.test(text.slice(Math.max(lineStart, h.start - 60), h.start));
      }),
    );
    if (subject !== null) return subject;
  }
  return decide(hits) ?? undefined;
}

/** Every span where one of the entries is named, for masking those words when another kind of name is sought. */
export function nameSpans(text: string, entries: CatalogEntry[]): { start: number; end: number }[] {
  return mentions(text, entries).map(({ start, end }) => ({ start, end }));
}
