/** The fixed set of denial reasons (BRIEF.md "URL scheme"). Text lives in content/reasons/. */
export const REASONS = [
  'prior-authorization',
  'medical-necessity',
  'step-therapy',
  'non-formulary',
  'experimental',
  'out-of-network',
  'quantity-limit',
] as const;

export type ReasonSlug = (typeof REASONS)[number];

export function isReason(value: string): value is ReasonSlug {
  return (REASONS as readonly string[]).includes(value);
}
