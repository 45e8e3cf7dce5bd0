import { z } from 'zod';
import type { DenialReading } from './types';

/**
 * Scoring a reading against what a fixture letter states, for the corpus test and `npm run bench:reader`.
 * Every field is right, wrong, empty (the letter states it, the reader left it out) or rightly absent.
 * A wrong value is the failure that matters: an empty field the patient fills; a wrong one they may not notice.
 */
export const SCALAR_FIELDS = [
  'insurer',
  'benefitManager',
  'drug',
  'reason',
  'letterDate',
  'serviceDate',
  'claimNumber',
  'patientName',
  'memberId',
  'appealsAddress',
  'planTypeHint',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];
export const SCORED_FIELDS = ['isDenial', 'partial', ...SCALAR_FIELDS, 'codes', 'criteria'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** The fixture's `.expected.json`: each scalar field given, or listed under `absent`; `pbm` is the benefit manager. */
export const expectationSchema = z
  .object({
    isDenial: z.boolean(),
    partial: z.boolean().optional(),
    insurer: z.string().optional(),
    pbm: z.string().optional(),
    drug: z.string().optional(),
    reason: z.string().optional(),
    letterDate: z.iso.date().optional(),
    serviceDate: z.iso.date().optional(),
    claimNumber: z.string().optional(),
    patientName: z.string().optional(),
    memberId: z.string().optional(),
    appealsAddress: z.string().optional(),
    planTypeHint: z.string().optional(),
    codes: z.array(z.string()).default([]),
    criteria: z.array(z.string()).default([]),
    absent: z.array(z.string()).default([]),
  })
  .strict();
export type Expectation = z.infer<typeof expectationSchema>;

export type Verdict = 'right' | 'wrong' | 'empty' | 'absent';
export type FieldScore = { field: ScoredField; verdict: Verdict; expected?: unknown; read?: unknown };

/** Whitespace and a line-broken address's commas do not make a value different. */
export const flat = (s: string) =>
  s
    .replace(/\s*\n\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();

function expectedScalar(e: Expectation, field: ScalarField): string | undefined {
  return field === 'benefitManager' ? e.pbm : e[field];
}

function readScalar(r: DenialReading, field: ScalarField): string | undefined {
  return r[field]?.value;
}

function scalarVerdict(expected: string | undefined, read: string | undefined): Verdict {
  if (read === undefined) return expected === undefined ? 'absent' : 'empty';
  if (expected === undefined) return 'wrong';
  return flat(read) === flat(expected) ? 'right' : 'wrong';
}

/** A list is right when it holds exactly what is expected, wrong when it holds anything that is not, empty otherwise. */
function listVerdict(expected: string[], read: string[]): Verdict {
  const want = new Set(expected.map(flat));
  const got = read.map(flat);
  if (got.some((g) => !want.has(g))) return 'wrong';
  if (got.length === 0) return want.size === 0 ? 'absent' : 'empty';
  return new Set(got).size === want.size ? 'right' : 'empty';
}

export function scoreReading(e: Expectation, r: DenialReading): FieldScore[] {
  const scores: FieldScore[] = [
    { field: 'isDenial', verdict: r.isDenial === e.isDenial ? 'right' : 'wrong', expected: e.isDenial, read: r.isDenial },
    {
      field: 'partial',
      verdict: Boolean(r.partial) === Boolean(e.partial) ? (e.partial ? 'right' : 'absent') : r.partial ? 'wrong' : 'empty',
      expected: Boolean(e.partial),
      read: Boolean(r.partial),
    },
  ];
  for (const field of SCALAR_FIELDS) {
    const expected = expectedScalar(e, field);
    const read = readScalar(r, field);
    scores.push({ field, verdict: scalarVerdict(expected, read), expected, read });
  }
  scores.push({ field: 'codes', verdict: listVerdict(e.codes, r.codes), expected: e.codes, read: r.codes });
  scores.push({ field: 'criteria', verdict: listVerdict(e.criteria, r.criteria), expected: e.criteria, read: r.criteria });
  return scores;
}

/** The fields an expectation must settle one way or the other: given, or listed as absent. */
export const MUST_SETTLE = ['insurer', 'drug', 'reason', 'letterDate', 'serviceDate', 'claimNumber', 'patientName', 'memberId', 'appealsAddress'] as const;
