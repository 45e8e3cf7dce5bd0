import { z } from 'zod';
import { PLAN_TYPES } from '@/lib/appeal/plans/plan-types';
import { isIsoDate } from '@/lib/iso-date';
import { REASONS } from './reasons';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (field: string, min = 1) =>
  z
    .string({ error: `\`${field}\` must be text` })
    .trim()
    .min(min, {
      error: min > 1 ? `\`${field}\` must be at least ${min} characters` : `\`${field}\` must not be empty`,
    });

export const sourceSchema = z.strictObject({
  title: text('title'),
  url: z.url({ protocol: /^https$/, error: 'source `url` must be a full https:// address' }).refine((url) => !/^https:\/\/(www\.)?example\.com\b/.test(url), {
    error: 'source `url` is still the example.com placeholder: replace it with the real source',
  }),
});

const sources = z
  .array(sourceSchema, { error: '`sources` must be a list of { title, url } entries' })
  .min(1, { error: 'add at least one source under `sources` (title and https url)' });

const stringList = (field: string) => z.array(text(field), { error: `\`${field}\` must be a list` });

export const insurerSchema = z.strictObject({
  name: text('name', 2),
  shortName: text('shortName', 2),
  aliases: stringList('aliases').default([]),
  planTypes: z
    .array(z.enum(PLAN_TYPES, { error: `plan type must be one of: ${PLAN_TYPES.join(', ')}` }))
    .min(1, { error: 'list at least one plan type under `planTypes`' }),
  /** The states it sells plans in, where a source lists them: its hub links their state pages. */
  states: z.strictObject({ list: z.array(text('state')).min(1, { error: 'list at least one state slug' }), source: sourceSchema }).optional(),
  appeals: z
    .strictObject({
      phone: text('phone').optional(),
      url: z.url({ protocol: /^https$/, error: 'appeals `url` must be a full https:// address' }).optional(),
      mail: text('mail').optional(),
      note: text('note').optional(),
    })
    .optional(),
  sources,
});

/**
 * A pharmacy, radiology or specialty benefit manager: its own entity, never an alias of a plan. It has
 * guides of its own (it issues denials), and `serves` records which plans it decides for, only where a
 * source says so.
 */
export const benefitManagerSchema = z.strictObject({
  name: text('name', 2),
  shortName: text('shortName', 2),
  kind: z.enum(['pbm', 'radiology', 'specialty'], { error: '`kind` must be `pbm`, `radiology` or `specialty`' }),
  parent: text('parent', 2).optional(),
  aliases: stringList('aliases').default([]),
  planTypes: z
    .array(z.enum(PLAN_TYPES, { error: `plan type must be one of: ${PLAN_TYPES.join(', ')}` }))
    .min(1, { error: 'list the plan types whose requests it decides under `planTypes`' }),
  serves: z
    .array(
      z.strictObject({
        payer: text('payer'),
        benefit: z.enum(['pharmacy', 'imaging', 'sleep', 'genetic-testing', 'specialty-drugs', 'therapy', 'other'], {
          error: '`benefit` must be pharmacy, imaging, sleep, genetic-testing, specialty-drugs, therapy or other',
        }),
        note: text('note').optional(),
        source: sourceSchema,
      }),
      { error: '`serves` must be a list of { payer, benefit, source } entries' },
    )
    .default([]),
  appeals: z
    .strictObject({
      phone: text('phone').optional(),
      url: z.url({ protocol: /^https$/, error: 'appeals `url` must be a full https:// address' }).optional(),
      mail: text('mail').optional(),
      note: text('note').optional(),
    })
    .optional(),
  sources,
});

export const drugSchema = z.strictObject({
  name: text('name', 2),
  kind: z.enum(['drug', 'service'], { error: '`kind` must be `drug` or `service`' }),
  generic: text('generic').optional(),
  /** Other names a denial letter may use: brand names, abbreviations, product names. */
  aliases: stringList('aliases').default([]),
  /** False for an entry that names a kind of request, not a drug or service, so the letter reader never fills it in as the drug. */
  matchInLetters: z.boolean({ error: '`matchInLetters` must be true or false' }).default(true),
  class: text('class', 3),
  treats: stringList('treats').min(1, { error: 'list what it treats under `treats`' }),
  sources,
});

export const criterionSchema = z.strictObject({
  criterion: text('criterion', 5),
  documentation: text('documentation', 5),
});

export const guideSchema = z.strictObject({
  summary: text('summary', 40).max(300, { error: '`summary` must be 300 characters or fewer (it is the search snippet)' }),
  lastReviewed: z
    .string({ error: '`lastReviewed` must be a date written as YYYY-MM-DD in quotes' })
    .refine(isIsoDate, { error: '`lastReviewed` must be a real date written as YYYY-MM-DD' }),
  draft: z.boolean({ error: '`draft` must be true or false' }).default(false),
  priority: z.number().int().min(0).max(100).optional(),
  /** The payer's named coverage policy this guide rests on: its title, number and date as printed on it. */
  policy: z
    .strictObject({
      title: text('title', 5),
      number: text('number').optional(),
      date: z
        .string({ error: '`policy.date` must be a date written as YYYY-MM-DD in quotes' })
        .refine(isIsoDate, { error: '`policy.date` must be a real date written as YYYY-MM-DD' }),
      dateLabel: z.enum(['effective', 'reviewed', 'revised', 'updated', 'published'], {
        error: '`dateLabel` must be effective, reviewed, revised, updated or published',
      }),
      url: z.url({ protocol: /^https$/, error: 'policy `url` must be a full https:// address' }),
    })
    .optional(),
  /** The benefit manager that decides these requests for this payer (its `serves` entry carries the source). */
  decidedBy: text('decidedBy').optional(),
  criteria: z
    .array(criterionSchema, { error: '`criteria` must be a list of { criterion, documentation } entries' })
    .min(1, { error: 'add at least one entry under `criteria`' }),
  documents: stringList('documents').min(1, { error: 'list at least one item under `documents`' }),
  sources,
});

export const reasonSchema = z.strictObject({
  label: text('label', 5),
  short: text('short', 3),
  answer: text('answer', 20),
  codes: z.array(z.string().regex(/^[A-Z0-9]{1,4}$/)).default([]),
});

export const LEARN_SLUGS = [
  'prior-authorization-denied',
  'letter-of-medical-necessity',
  'peer-to-peer-review',
  'external-review',
  'step-therapy-exception',
  'how-to-tell-your-plan-type',
] as const;

export const learnSchema = z.strictObject({
  title: text('title', 10),
  description: text('description', 40).max(300, { error: '`description` must be 300 characters or fewer (it is the search snippet)' }),
  lastReviewed: guideSchema.shape.lastReviewed,
  sources,
});

export const codeSchema = z.strictObject({
  carc: z.string({ error: '`carc` must be the code in quotes, e.g. "197"' }).regex(/^[A-Z]?\d{1,3}$/, { error: '`carc` must look like "197" or "B7"' }),
  groups: z
    .array(z.enum(['CO', 'PR', 'OA', 'PI'], { error: 'group codes are CO, PR, OA or PI' }))
    .min(1, { error: 'list the group codes it appears with under `groups`' }),
  title: text('title', 5),
  meaning: text('meaning', 20),
  denialType: text('denialType', 3),
  reason: z.enum(REASONS, { error: 'reason must be one of the denial reasons' }).optional(),
  deactivated: z.boolean().default(false),
  sources,
});
/** A window a state sets, as its source states it: counted in days or in months. */
const stateWindow = z.union([z.strictObject({ days: z.number().int().min(1).max(730) }), z.strictObject({ months: z.number().int().min(1).max(24) })], {
  error: 'a window is `{ days: N }` or `{ months: N }`',
});

const sourced = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({
    ...shape,
    source: sourceSchema,
    verified: z.string().refine(isIsoDate, { error: '`verified` must be a real date written as YYYY-MM-DD' }).optional(),
  });

/**
 * A state's appeal facts, each block only with a source: what cannot be sourced is left out, and the page
 * says it is not verified and where to ask.
 */
export const stateSchema = z.strictObject({
  name: text('name', 4),
  abbreviation: z.string().regex(/^[A-Z]{2}$/, { error: '`abbreviation` must be the two-letter code' }),
  lastVerified: z
    .string({ error: '`lastVerified` must be a date in quotes' })
    .refine(isIsoDate, { error: '`lastVerified` must be a real date written as YYYY-MM-DD' }),
  externalReview: sourced({
    runBy: z.enum(['state', 'hhs'], { error: '`runBy` must be `state` or `hhs`' }),
    program: text('program').optional(),
    agency: text('agency').optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    phone: text('phone').optional(),
    window: stateWindow.optional(),
    countsFrom: text('countsFrom').optional(),
  })
    .refine((e) => !e.window || e.countsFrom, { error: 'a `window` needs `countsFrom`' })
    .optional(),
  regulators: z
    .array(sourced({ name: text('name'), covers: text('covers'), url: z.url({ protocol: /^https$/ }).optional(), phone: text('phone').optional() }))
    .default([]),
  consumerAssistance: sourced({ name: text('name'), url: z.url({ protocol: /^https$/ }).optional(), phone: text('phone').optional() }).optional(),
  stepTherapyLaw: sourced({ citation: text('citation'), summary: text('summary', 20) }).optional(),
  priorAuthorizationLaw: sourced({ citation: text('citation'), summary: text('summary', 20) }).optional(),
  medicaidFairHearing: sourced({
    window: stateWindow,
    countsFrom: text('countsFrom'),
    appliesTo: z.enum(['managed-care', 'fee-for-service', 'both'], { error: '`appliesTo` must be managed-care, fee-for-service or both' }),
    agency: text('agency').optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
  }).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type StateData = z.infer<typeof stateSchema>;
export type InsurerData = z.infer<typeof insurerSchema>;
export type DrugData = z.infer<typeof drugSchema>;
export type BenefitManagerData = z.infer<typeof benefitManagerSchema>;
export type GuideData = z.infer<typeof guideSchema>;
export type ReasonData = z.infer<typeof reasonSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type LearnData = z.infer<typeof learnSchema>;
export type CodeData = z.infer<typeof codeSchema>;

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
