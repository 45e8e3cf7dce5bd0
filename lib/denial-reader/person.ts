import type { Found } from './types';
import { lines, snippet } from './text';

/**
 * Labels for the patient's name, most reliable first. "Subscriber" is never used: the subscriber
 * (the policyholder) is often a parent or spouse, not the patient.
 */
const NAME_LABELS: RegExp[] = [
  /(?:^|\/)\s*(?:patient|pt\.?)(?:'s)?(?:\s+name)?\s*(?::\s*|\s{2,})/i,
  /^\s*(?:[A-Z]{2,6}\s+)?(?:member|enrollee|beneficiary|recipient|participant|customer)(?:'s)?(?:\s+name)?\s*(?::\s*|\s{2,})/i,
  /^\s*name\s*:\s*/i,
  // The Medicare Summary Notice: "Notice for Lee H. Sample", perhaps in a column beside the address.
  /(?:^\s*|\s\s)notice\s+for\s+/i,
  // A letter to a child's parent: "Dear Parent or Guardian of Kaylee R. Brandenburg:", "Parent/Guardian of …".
  /\b(?:parent|guardian)(?:\s*(?:or|\/)\s*(?:parent|guardian))?\s+of\s*:?\s+/i,
];
/** Two to five capitalized words (initials allowed): "Dana R. Whitfield", "Mary-Jo O'Neil", "Sofía Ramírez". */
const PERSON = /^\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){1,4}$/u;
/** Signs the letter is written to someone other than the patient: a parent, a representative, the doctor (a benefit manager writing "on behalf of" a plan is not one). */
const FOR_SOMEONE_ELSE =
  /\bon\s+behalf\s+of\s+(?:your|the\s+(?:patient|member|enrollee|child)|him|her|them)\b|\b(?:parent|guardian)\b|\b(?:appointed|authorized)\s+representative\b|\byour\s+(?:child|son|daughter|spouse|wife|husband|mother|father|patient|member|client)\b/i;
/** A person the letter is for or about ("requested for Clarence T. Oyelaran"), to set beside the salutation's. */
const FOR_PERSON = /\b(?:for|regarding|about|on\s+behalf\s+of)\s+(?:member\s+|patient\s+)?(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3})/gu;
const ORGANIZATION =
  /\b(?:Management|Services?|Plans?|Health|Healthcare|Insurance|Medicare|Medicaid|Program|Department|Office|Agency|Center|Clinic|Hospital|Pharmacy|Inc|LLC|Company|Network|Group|Administration|Blue|Cross|Shield|Benefits?|Appeals?|Review|Coverage|Drug|Prescription)\b/;
const folded = (name: string) => name.replace(/\./g, '').replace(/\s+/g, ' ').trim().toUpperCase();

/** A person's name is capitalized words or initials ("Clarence T. Oyelaran"), not a brand in capitals ("Nurtec ODT"). */
const personal = (n: string) =>
  n
    .split(/\s+/)
    .map((w) => (w.length > 2 ? w.replace(/\.$/, '') : w))
    .every((w) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.?$/u.test(w));

/**
 * "Dear Lorraine Bittencourt:" (or a portal's "Hello …,") under an address block or a "To:" line that names
 * the same person: the letter is written to the patient, unless it speaks of anyone else it is for ("your
 * child", "on behalf of your son", "parent or guardian") or names another person it is for or about, or a
 * title stands in for the first name ("Dear Ms. Okafor").
 */
function salutationName(all: string[], text: string): Found<string> | undefined {
  const at = all.findIndex((l) => /^\s*(?:Dear|Hello|Hi)\s/.test(l));
  if (at < 0) return undefined;
  const name = /^\s*(?:Dear|Hello|Hi)\s+(.+?)\s*[:,]\s*$/.exec(all[at]!)?.[1];
  if (!name || !PERSON.test(name) || /^(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s/i.test(name)) return undefined;
  // The address block, or an e-mail's or portal message's "To:" line.
  if (!all.slice(0, at).some((l) => folded(l.replace(/^\s*To:\s*/i, '')) === folded(name))) return undefined;
  if (FOR_SOMEONE_ELSE.test(text)) return undefined;
  const others = [...text.matchAll(FOR_PERSON)].map((m) => m[1]!).filter((n) => personal(n) && !ORGANIZATION.test(n));
  if (others.some((n) => !folded(name).startsWith(folded(n)) && !folded(n).startsWith(folded(name)))) return undefined;
  return { value: name, evidence: snippet(all[at]!) };
}

/**
 * The patient's name from a labeled line ("Patient:", "Member name:", "Enrollee's name:"), up to a
 * wide gap (a table's next column) or the end of the line. Different names under the same label
 * give nothing. With no label, the salutation only as `salutationName` allows: a letter may be written
 * to a representative.
 */
export function findPatientName(text: string): Found<string> | undefined {
  const all = lines(text);
  for (const label of NAME_LABELS) {
    const found = new Map<string, string>();
    for (const line of all) {
      const m = label.exec(line);
      if (!m) continue;
      // Up to a table's next column; a note such as "(dependent)" or "(contract holder)" is not part of the name.
      const value = line
        .slice(m.index + m[0].length)
        .split(/\s{2,}/)[0]!
        .trim()
        .replace(/\s*\([^)]*\)$/, '')
        .replace(/[,;:]$/, '');
      // "Medicare Summary Notice for Part B" is a title, not a name.
      if (PERSON.test(value) && !/^Part\s+[A-D]\b/.test(value)) found.set(value, snippet(`${m[0].trim()} ${value}`));
    }
    const only = found.size === 1 ? [...found][0] : undefined;
    if (only) return { value: only[0], evidence: only[1] };
    if (found.size > 1) return undefined;
  }
  return salutationName(all, text);
}
