/**
 * "Read from your letter" marks, shared by the server (which sets them) and the form (which shows
 * them). Kept apart from the reader so the form's client bundle carries none of it.
 */

/**
 * A form value filled from the pasted letter, with the words it was read from. The form shows
 * "Read from your letter" next to the field while it still holds `value`. `field` is a scalar
 * field name, or `criteria` for a criterion row (matched by its text).
 */
export type ReadMark = { field: string; value: string; evidence: string };

/** Equal but for case and runs of whitespace. */
export const sameText = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The mark for a field while it still holds the value read from the letter. */
export function markFor(marks: ReadMark[], field: string, value: string | undefined): ReadMark | undefined {
  return marks.find((m) => m.field === field && value !== undefined && sameText(m.value, value));
}
