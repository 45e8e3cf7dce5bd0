import type { Found } from './types';
import { lines, snippet } from './text';

/**
 * Labels for the patient's name, most reliable first. "Subscriber" is never used: the subscriber
 * (the policyholder) is often a parent or spouse, not the patient.
 */
const NAME_LABELS: RegExp[] = [
  /(?:^|\/)\s*(?:patient|pt\.?)(?:'s)?(?:\s+name)?\s*(?::\s*|\s{2,})/i,
  /^\s*(?:[A-Z]{2,6}\s+)?(?:member|enrollee|beneficiary|recipient|participant)(?:'s)?(?:\s+name)?\s*(?::\s*|\s{2,})/i,
  /^\s*name\s*:\s*/i,
  // The Medicare Summary Notice: "Notice for Lee H. Sample".
  /^\s*notice\s+for\s+/i,
];
/** Two to five capitalized words (initials allowed): "Dana R. Whitfield", "Mary-Jo O'Neil". */
const PERSON = /^[A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?){1,4}$/;

/**
 * The patient's name from a labeled line ("Patient:", "Member name:", "Enrollee's name:"), up to a
 * wide gap (a table's next column) or the end of the line. Different names under the same label
 * give nothing; a salutation ("Dear …") is never used, as it may be addressed to a representative.
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
        .slice(m[0].length)
        .split(/\s{2,}/)[0]!
        .trim()
        .replace(/\s*\([^)]*\)$/, '')
        .replace(/[,;]$/, '');
      if (PERSON.test(value)) found.set(value, snippet(`${m[0].trim()} ${value}`));
    }
    const only = found.size === 1 ? [...found][0] : undefined;
    if (only) return { value: only[0], evidence: only[1] };
    if (found.size > 1) return undefined;
  }
  return undefined;
}
