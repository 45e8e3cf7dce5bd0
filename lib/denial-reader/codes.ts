import type { ReasonSlug } from '@/lib/content/reasons';

/** Claim adjustment group codes (APPEAL-RULES.md, CARC table). */
export const GROUP_CODES = ['CO', 'PR', 'OA', 'PI', 'CR'] as const;

/**
 * The CARC codes that name a denial reason on their own (APPEAL-RULES.md, CARC table).
 * Deliberately absent: 11 (diagnosis/procedure mismatch), 15 (deactivated), 198 (authorization
 * exceeded, not absent), and every code whose denial type is not one of our seven reasons.
 */
export const CODE_REASONS: Readonly<Record<string, ReasonSlug>> = {
  '197': 'prior-authorization',
  '39': 'prior-authorization',
  '50': 'medical-necessity',
  '55': 'experimental',
  '56': 'experimental',
  '242': 'out-of-network',
  '279': 'out-of-network',
};

/** Codes that mean money was adjusted, not that anything was denied (contract pricing, cost sharing). */
const NOT_DENIAL = new Set(['1', '2', '3', '45', '94', '253']);

const CODE = '(\\d{1,3}|[ABDPWY]\\d{1,2})';
const GROUPED = new RegExp(`(?<![\\w-])(CO|PR|OA|PI|CR)\\s?[-:]?\\s?${CODE}(?![\\w-]|\\.\\d)`, 'g');
const BARE = new RegExp(
  `\\b(?:CARC|(?:claim\\s+)?(?:adjustment\\s+)?reason\\s+codes?|denial\\s+codes?)\\s*(?:#|no\\.?|number)?\\s*[:=]?\\s*${CODE}(?![\\w-]|\\.\\d)`,
  'gi',
);

function validCode(code: string): boolean {
  if (/^\d+$/.test(code)) return +code >= 1 && +code <= 299 && !code.startsWith('0');
  return true;
}

/**
 * Normalize one written code: 'co 197', 'CO197', 'CO-197', 'co:197' → 'CO-197'; a bare
 * '197' stays '197'. Undefined for something that is not a claim adjustment reason code.
 */
export function normalizeCode(raw: string): string | undefined {
  const m = /^\s*(?:(co|pr|oa|pi|cr)\s?[-:]?\s?)?(\d{1,3}|[abdpwy]\d{1,2})\s*$/i.exec(raw);
  if (!m) return undefined;
  const code = m[2]!.toUpperCase();
  if (!validCode(code)) return undefined;
  return m[1] ? `${m[1].toUpperCase()}-${code}` : code;
}

/** The number part of a normalized code: 'CO-197' → '197'. */
export function codeNumber(code: string): string {
  return code.includes('-') ? code.slice(code.indexOf('-') + 1) : code;
}

export type CodeHit = { code: string; index: number };

/** Every CARC code in the letter, in order of appearance, normalized and without repeats. */
/** The pair spelled out: "group code CO, reason code 197". */
const SPELLED = new RegExp(
  `\\bgroup\\s+code\\s+(CO|PR|OA|PI|CR)\\b[,;]?\\s+(?:and\\s+)?(?:claim\\s+adjustment\\s+)?reason\\s+code\\s+${CODE}(?![\\w-]|\\.\\d)`,
  'gi',
);

export function findCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const m of text.matchAll(SPELLED)) {
    const code = normalizeCode(`${m[1]!.toUpperCase()}-${m[2]}`);
    if (code) hits.push({ code, index: m.index });
  }
  for (const m of text.matchAll(GROUPED)) {
    const code = normalizeCode(`${m[1]}-${m[2]}`);
    if (code) hits.push({ code, index: m.index });
  }
  for (const m of text.matchAll(BARE)) {
    const code = normalizeCode(m[1]!);
    if (code) hits.push({ code, index: m.index });
  }
  hits.sort((a, b) => a.index - b.index);
  const grouped = new Set(hits.filter((h) => h.code.includes('-')).map((h) => codeNumber(h.code)));
  const seen = new Set<string>();
  return hits.filter((h) => (h.code.includes('-') || !grouped.has(h.code)) && !seen.has(h.code) && seen.add(h.code));
}

/** True when a code records a denial rather than a price adjustment or cost sharing. */
export function isDenialCode(code: string): boolean {
  return !NOT_DENIAL.has(codeNumber(code));
}
