import type { Found } from './types';
import { lines, snippet } from './text';

/** Labels, most specific first within each field. */
const CLAIM_LABELS: RegExp[] = [
  /\bclaim\s*(?:#|no\.?|number|id|reference\s+(?:#|number))\s*[:#]?\s*/i,
  /\b(?:reference|ref\.?)\s*(?:#|no\.?|number|id)\s*[:#]?\s*/i,
  /\b(?:(?:prior\s+)?authori[sz]ation|auth\.?|case|request|appeal|tracking)\s*(?:#|no\.?|number|id)\s*[:#]?\s*/i,
];
const MEMBER_LABELS: RegExp[] = [
  /\b(?:member|subscriber|enrollee|recipient|beneficiary|patient|customer)\s*(?:id|identification)(?:\s*(?:#|no\.?|number))?\s*[:#]?\s*/i,
  /\b(?:member|subscriber|enrollee|recipient)\s*(?:#|no\.?|number)\s*[:#]?\s*/i,
  /\b(?:medicare|medicaid|medi-cal)\s*(?:#|no\.?|number|id|beneficiary\s+identifier)\s*(?:\(MBI\))?\s*[:#]?\s*/i,
  /\b(?:MBI|id\s*(?:#|no\.?|number)|identification\s+number)\s*[:#]?\s*/i,
];

/**
 * The identifier right after a label, kept as written: one token with a digit ("W123456789",
 * "1EG4-TE5-MK73"), or a short letter prefix and digit groups split by single spaces ("XGH 884 201 55").
 */
export function readIdentifier(after: string): string | undefined {
  const m = /^((?:[A-Z]{1,4} )?[A-Za-z0-9][A-Za-z0-9-]*(?: \d[A-Za-z0-9-]*)*)/.exec(after);
  if (!m) return undefined;
  const value = m[1]!.replace(/[-.]+$/, '');
  if (!/\d/.test(value) || value.length < 4 || value.length > 30) return undefined;
  if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(value)) return undefined;
  return value;
}

function readLabeled(text: string, labels: RegExp[]): Found<string> | undefined {
  for (const label of labels) {
    const values = new Map<string, string>();
    for (const line of lines(text)) {
      const re = new RegExp(label.source, 'gi');
      for (const m of line.matchAll(re)) {
        const value = readIdentifier(line.slice(m.index + m[0].length));
        if (value && !values.has(value)) values.set(value, snippet(line.slice(m.index, m.index + m[0].length + value.length)));
      }
    }
    if (values.size === 1) {
      const [[value, evidence]] = [...values.entries()] as [[string, string]];
      return { value, evidence };
    }
    // Two different numbers under the same kind of label: leave it to the patient.
    if (values.size > 1) return undefined;
  }
  return undefined;
}

/** "Claim #", "Claim number", then "Reference number", then "Authorization/Case number". */
export function findClaimNumber(text: string): Found<string> | undefined {
  return readLabeled(text, CLAIM_LABELS);
}

/** "Member ID", "Subscriber ID", "Medicare number", "ID #", kept as written. */
export function findMemberId(text: string): Found<string> | undefined {
  return readLabeled(text, MEMBER_LABELS);
}
