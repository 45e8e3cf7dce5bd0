import { formatDate } from '../format';

/** Who writes: the patient, or a representative writing for them. */
export type Writer = { patientName: string; representativeName?: string; representativeRelationship?: string };

export function writerName(w: Writer): string {
  return w.representativeName
    ? `${w.representativeName}, ${w.representativeRelationship ?? 'representative'} and authorized representative of ${w.patientName}`
    : w.patientName;
}

export const SIGNATURE_LINE = '______________________________';

/** The sender block: writer, date, addressee (one line per address line), then the identifying lines. */
export function senderBlock(w: Writer, today: string, to: string, address: string | undefined, about: (string | false | undefined)[]): string[] {
  return [
    writerName(w),
    formatDate(today),
    `To: ${to}`,
    // One line per address line, so every renderer (HTML, PDF, DOCX) breaks it where the patient did.
    ...(address ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    ...about.filter((l): l is string => Boolean(l)),
  ];
}

/** Signature lines for the writer, and for the physician when the document asks them to sign. */
export function signatureBlock(w: Writer, physician?: { name: string; specialty: string; statement: string }): string[] {
  const signer = w.representativeName ? writerName(w) : `${w.patientName}, patient`;
  const lines = ['Sincerely,', SIGNATURE_LINE, signer, 'Date: ______________'];
  if (physician) lines.push(physician.statement, SIGNATURE_LINE, `${physician.name}, ${physician.specialty}, prescribing physician`, 'Date: ______________');
  return lines;
}

export const articled = (name: string) => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
