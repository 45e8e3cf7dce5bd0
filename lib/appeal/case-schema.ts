import { z } from 'zod';
import { NOTICE_ITEMS } from './plans/notice';
import { REASONS } from '@/lib/content/reasons';
import { isoDateSchema } from '@/lib/iso-date';
import { isPlanType, PLAN_TYPES, rulesFor, SERVICE_TIMINGS } from './plans';
import { unsupportedAnswer } from './plans/unsupported';

/**
 * The appeal case: exactly what the form collects and the letter needs, nothing more.
 * The form, the server action, the letter command and the composer all use this one schema.
 */
const required = (label: string, max = 200) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `Keep ${label} under ${max} characters` });
const optional = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters` })
    .optional()
    .transform((v) => v || undefined);

const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .superRefine((v, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) ctx.addIssue({ code: 'custom', message: `Enter ${label} as a date, for example 2026-03-14` });
      else if (!isoDateSchema.safeParse(v).success) ctx.addIssue({ code: 'custom', message: `${label[0]!.toUpperCase()}${label.slice(1)} is not a real date` });
    });

/** A supported plan type, or the honest "not yet" answer that says where to appeal instead. */
const planType = z
  .string({ error: 'Choose your plan type' })
  .trim()
  .min(1, { error: 'Choose your plan type' })
  .superRefine((v, ctx) => {
    const answer = v ? unsupportedAnswer(v) : undefined;
    if (answer) ctx.addIssue({ code: 'custom', message: answer });
  })
  .transform((v) => v as (typeof PLAN_TYPES)[number]);

export const STEP_THERAPY_GROUNDS = ['tried-and-failed', 'contraindicated', 'expected-ineffective', 'delay-would-harm', 'stable-on-current'] as const;

export const criterionRowSchema = z.object({
  criterion: required('the criterion', 500),
  chartFact: optional(1000),
  exhibit: optional(200),
});

export const priorTreatmentSchema = z.object({
  treatment: required('the treatment', 200),
  dates: optional(100),
  outcome: optional(500),
});

export const appealCaseSchema = z
  .object({
    insurer: required('the insurer’s name'),
    /** The benefit manager that decided for the plan (CVS Caremark, eviCore), when the letter names one. */
    decidedBy: optional(200),
    insurerAddress: optional(500),
    planType,
    drug: required('the drug or service'),
    reason: z.enum(REASONS, { error: 'Choose the denial reason' }),
    denialWords: optional(1000),
    denialDate: isoDate('the date on the denial letter'),
    serviceDate: isoDate('the date of service')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    timing: z.enum(SERVICE_TIMINGS, { error: 'Choose whether the treatment is ahead, already given, or ongoing' }),
    /** Where the state sets the window (Medicaid without a plan, CHIP): the number of days the notice gives. */
    noticeDays: z
      .union([z.number(), z.string().trim()])
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === '') return undefined;
        const n = typeof v === 'number' ? v : Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 365) {
          ctx.addIssue({ code: 'custom', message: 'Enter the number of days your notice gives, as a whole number (for example 30)' });
          return z.NEVER;
        }
        return n;
      }),
    claimNumber: optional(100),
    urgent: z.boolean().default(false),
    urgentWhy: optional(1000),
    patientName: required('the patient’s name'),
    memberId: required('the member ID', 100),
    representativeName: optional(200),
    representativeRelationship: optional(100),
    prescriberName: required('the prescriber’s name'),
    prescriberSpecialty: required('the prescriber’s specialty', 100),
    diagnosis: required('the diagnosis', 300),
    criteria: z.array(criterionRowSchema).min(1, { error: 'Add at least one coverage criterion' }).max(20, { error: 'Keep to 20 criteria or fewer' }),
    priorTreatments: z.array(priorTreatmentSchema).max(20, { error: 'Keep to 20 treatments or fewer' }).default([]),
    guidelineOrg: optional(200),
    whyNoAuthorization: optional(1000),
    stepTherapyGrounds: z.array(z.enum(STEP_THERAPY_GROUNDS)).default([]),
    stepTherapyDetail: optional(1000),
    /** What the pasted denial notice did not contain of what its plan type's rules require (lib/appeal/plans/notice.ts). */
    noticeGaps: z.array(z.enum(NOTICE_ITEMS)).max(NOTICE_ITEMS.length).default([]),
  })
  .superRefine((c, ctx) => {
    if (isPlanType(c.planType) && !rulesFor(c.planType, c.reason).appealWindow.span && c.noticeDays === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['noticeDays'],
        message: 'Enter the number of days your notice gives you to ask for a hearing or review: your state sets it, and the notice must say',
      });
    }
    if (c.urgent && !c.urgentWhy) ctx.addIssue({ code: 'custom', path: ['urgentWhy'], message: 'Say why waiting could seriously harm the patient’s health' });
    if (c.representativeName && !c.representativeRelationship)
      ctx.addIssue({ code: 'custom', path: ['representativeRelationship'], message: 'Say how you are related to the patient' });
    if (c.reason === 'step-therapy' && c.stepTherapyGrounds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['stepTherapyGrounds'], message: 'Choose at least one reason for a step-therapy exception' });
    if (c.serviceDate && c.timing === 'pre-service' && c.serviceDate < c.denialDate)
      ctx.addIssue({ code: 'custom', path: ['timing'], message: 'The service date is before the denial: choose “already given” or check the dates' });
  });

export type AppealCase = z.infer<typeof appealCaseSchema>;

/** How far back a denial date is believable: older letters are almost surely a typo. */
const OLDEST_DENIAL_YEARS = 10;

/**
 * Dates that are real but not plausible for a denial being appealed now: in the patient's future, or
 * decades old (9999-12-31, 0001-01-01). The schema cannot know "today", so the form and the command check
 * these with the patient's date.
 */
export function plausibleDateErrors(fields: { denialDate?: string; serviceDate?: string }, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const oldest = `${Number(today.slice(0, 4)) - OLDEST_DENIAL_YEARS}${today.slice(4)}`;
  const check = (field: 'denialDate' | 'serviceDate', label: string, allowFuture: boolean) => {
    const v = fields[field]?.trim();
    if (!v || !isoDateSchema.safeParse(v).success) return;
    if (!allowFuture && v > today) errors[field] = `${label} is after today. Enter the date printed on the letter.`;
    else if (v < oldest) errors[field] = `${label} is more than ${OLDEST_DENIAL_YEARS} years ago. Check the year.`;
  };
  check('denialDate', 'The date on the denial letter', false);
  // A planned service can be in the future; a year far off is still a typo.
  check('serviceDate', 'The date of service', true);
  if (fields.serviceDate && fields.serviceDate.trim() > `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`)
    errors.serviceDate = 'The date of service is years away. Check the year.';
  return errors;
}
export type AppealCaseInput = z.input<typeof appealCaseSchema>;
export type CriterionRow = z.infer<typeof criterionRowSchema>;
