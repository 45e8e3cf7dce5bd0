import type { Found } from './types';
import { escapeRegExp, lines, snippet, STATE_CHIP_NAMES, STATE_MEDICAID_NAMES } from './text';

/** What may follow a label's words before the value: "(ICN)", "#", "No.", "number", then ":" or "#". */
const TAIL = String.raw`\)?(?:\s*\([A-Za-z ]{1,24}\))?(?:\s*(?:#|no\.?|number|id))?(?:\s*\([A-Za-z ]{1,24}\))?\s*[:#]*\s*`;
const label = (words: string) => new RegExp(String.raw`\b(?:${words})${TAIL}`, 'i');

/** Labels, most specific first within each field. */
const CLAIM_LABELS: RegExp[] = [
  label(String.raw`claim(?:\s+(?:#|no\.?|number|id|reference(?:\s+(?:#|number))?))?|internal\s+control\s+(?:number|no\.?|#)|ICN`),
  label(String.raw`(?:reference|ref\.?)(?:\s+(?:#|no\.?|number|id))?`),
  label(
    String.raw`(?:(?:prior\s+)?authori[sz]ation|auth\.?|PA|case|request|appeal|appeal\s+case|tracking|order|review|referral(?:\s+request)?|authori[sz]ation\s*\/\s*referral|order\s*\/\s*auth\.?|(?:coverage|organization)\s+determination|redetermination|precert(?:ification)?|preauth(?:ori[sz]ation)?|notice|approval)(?:\s*(?:#|no\.?|number|id|reference|case|request|ref\.?))`,
  ),
  label(String.raw`(?:[A-Z][A-Za-z]+\s+)?(?:case|order)\s*#`),
  label(String.raw`prior\s+authori[sz]ation\s+case|authori[sz]ation\s+reference|PA\s+case|ticket`),
  // In running text: "the case number for this review is UM-2026-0224-1177".
  label(String.raw`(?:case|claim|reference|authori[sz]ation|request)\s+number(?:\s+(?:for|of)\s+this\s+(?:review|request|claim|case))?\s+is`),
];
const MEMBER_WORDS = String.raw`(?:(?:CHIP|Medicaid|Medicare)\s+)?(?:member|subscriber|enrollee|enrollee's|recipient|beneficiary|patient|customer|participant|client|policy|insured)`;
const MEMBER_LABELS_BASE: RegExp[] = [
  label(String.raw`${MEMBER_WORDS}\s*(?:id|identification)(?:\s*(?:#|no\.?|number))?`),
  label(String.raw`${MEMBER_WORDS}\s*(?:#|no\.?|number)`),
  label(
    String.raw`(?:medicare|medicaid|CHIP|${STATE_MEDICAID_NAMES.source}|${STATE_CHIP_NAMES.source})\s*(?:#|no\.?|number|id|beneficiary\s+identifier)(?:\s*\(MBI\))?`,
  ),
  // Medi-Cal's card: "Benefits Identification Card (BIC) ID".
  label(String.raw`benefits\s+identification\s+card(?:\s*\(BIC\))?\s*(?:id|number|#)|BIC\s+(?:id|number|#)`),
  label(String.raw`MBI|DBN|DoD\s+benefits?\s+number|id\s*(?:#|no\.?|number)|identification\s+(?:number|no\.?|#)|ident\.?\s*(?:#|no\.?|number)`),
  label(String.raw`your\s+(?:member|ID|identification|subscriber)\s+(?:number|ID|no\.?)\s+is`),
  // Kaiser Permanente's member cards carry the medical record number.
  label(String.raw`medical\s+record\s+(?:number|no\.?|#)|MRN`),
  // A bare "ID:" beside the member's name on the same line ("Member name: Luis Ortega   ID: U7123456701").
  new RegExp(String.raw`(?<=\b${MEMBER_WORDS}(?:\s+name)?\s*:[^\n:]{1,60}?\s)ID\s*[:#]\s*`, 'i'),
];
/**
 * The identifier right after a label, kept as written: one token with a digit ("W123456789",
 * "1EG4-TE5-MK73"), or a short letter prefix and digit groups split by single spaces ("XGH 884 201 55").
 */
export function readIdentifier(after: string): string | undefined {
  // The first token has a digit (a word then a number, "within 180", is prose, not an identifier).
  const m = /^((?:[A-Z]{1,4} )?[A-Za-z0-9-]*\d[A-Za-z0-9-]*(?: \d[A-Za-z0-9-]*)*)/.exec(after);
  if (!m) return undefined;
  const value = m[1]!.replace(/[-.]+$/, '');
  if (!/\d/.test(value) || value.length < 4 || value.length > 30) return undefined;
  if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(value)) return undefined;
  // A masked number ("XXXX-XX2-TN41", "***-**-1234") is not the member's ID.
  if (/[X*]{3,}/i.test(value.replace(/-/g, ''))) return undefined;
  return value;
}

function readLabeled(text: string, labels: RegExp[]): Found<string> | undefined {
  for (const label of labels) {
    const values = new Map<string, string>();
    for (const line of lines(text)) {
      const re = new RegExp(label.source, 'gi');
      for (const m of line.matchAll(re)) {
        // "This letter replaces our letter of April 30, 2025 (reference 1187655019)": the number of another letter.
        if (/\b(?:replaces|earlier|previous|prior|our)\s+(?:letter|notice)\s+(?:of|dated)\b[^.]*$/i.test(line.slice(0, m.index))) continue;
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

/** An appeal decision's own number: the case the next level is asked about, not the claim or request it decided. */
const APPEAL_CASE_LABELS: RegExp[] = [
  label(String.raw`(?:appeal|grievance|reconsideration|redetermination)(?:\s+case)?\s*(?:#|no\.?|number|id)`),
  label(String.raw`case(?:\s+(?:#|no\.?|number|id))`),
];

/**
 * "Claim #", "Claim number", then "Reference number", then "Authorization/Case number". On an appeal decision
 * the appeal's case number comes first: the next-level request names the appeal, and the letter also prints
 * the numbers of the claim or the request it decided.
 */
export function findClaimNumber(text: string, { appealDecision = false } = {}): Found<string> | undefined {
  if (appealDecision) {
    const appealCase = readLabeled(text, APPEAL_CASE_LABELS);
    if (appealCase) return appealCase;
  }
  return readLabeled(text, CLAIM_LABELS);
}

/** "Member ID", "Subscriber ID", "Medicare number", "ID #", kept as written. */
export function findMemberId(text: string, payerNames: string[] = []): Found<string> | undefined {
  // "Humana ID:", "Oscar ID:", "UHC Member ID:": the plan's own name before "ID".
  const names = payerNames.filter((n) => n.length >= 3 && n.length <= 30).map(escapeRegExp);
  const payerLabel = names.length ? [new RegExp(String.raw`\b(?:${names.join('|')})\s+(?:member\s+)?ID${TAIL}`, 'i')] : [];
  return readLabeled(text, [...MEMBER_LABELS_BASE, ...payerLabel]);
}
