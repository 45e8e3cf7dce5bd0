import { z } from 'zod';
import { REASONS } from '@/lib/content/reasons';
import { PLAN_TYPES } from './plan-types';

/**
 * The appeal case: exactly what the form collects and the letter needs, nothing more.
 * The form, the server action, the letter command and the composer all use this one schema.
 */
const required = (label: string, max = 200) =>
  z.string({ error: `Enter ${label}` }).trim().min(1, { error: `Enter ${label}` }).max(max, { error: `Keep ${label} under ${max} characters` });
const optional = (max = 500) => z.string().trim().max(max, { error: `Keep this under ${max} characters` }).optional().transform((v) => v || undefined);

const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .superRefine((v, ctx) => {
      const d = new Date(`${v}T00:00:00Z`);
      const real = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) ctx.addIssue({ code: 'custom', message: `Enter ${label} as a date, for example 2026-03-14` });
      else if (!real) ctx.addIssue({ code: 'custom', message: `${label[0]!.toUpperCase()}${label.slice(1)} is not a real date` });
    });

export const STEP_THERAPY_GROUNDS = ['tried-and-failed', 'contraindicated', 'expected-ineffective', 'delay-would-harm', 'stable-on-current'] as const;
export const SERVICE_TIMINGS = ['pre-service', 'post-service', 'ongoing'] as const;

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
    insurerAddress: optional(500),
    planType: z.enum(PLAN_TYPES, { error: 'Choose your plan type' }),
    drug: required('the drug or service'),
    reason: z.enum(REASONS, { error: 'Choose the denial reason' }),
    denialWords: optional(1000),
    denialDate: isoDate('the date on the denial letter'),
    serviceDate: isoDate('the date of service').optional().or(z.literal('').transform(() => undefined)),
    timing: z.enum(SERVICE_TIMINGS, { error: 'Choose whether the treatment is ahead, already given, or ongoing' }),
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
    priorTreatments: z.array(priorTreatmentSchema).max(20).default([]),
    guidelineOrg: optional(200),
    whyNoAuthorization: optional(1000),
    stepTherapyGrounds: z.array(z.enum(STEP_THERAPY_GROUNDS)).default([]),
    stepTherapyDetail: optional(1000),
  })
  .superRefine((c, ctx) => {
    if (c.urgent && !c.urgentWhy) ctx.addIssue({ code: 'custom', path: ['urgentWhy'], message: 'Say why waiting could seriously harm the patient’s health' });
    if (c.representativeName && !c.representativeRelationship) ctx.addIssue({ code: 'custom', path: ['representativeRelationship'], message: 'Say how you are related to the patient' });
    if (c.reason === 'step-therapy' && c.stepTherapyGrounds.length === 0) ctx.addIssue({ code: 'custom', path: ['stepTherapyGrounds'], message: 'Choose at least one reason for a step-therapy exception' });
    if (c.serviceDate && c.timing === 'pre-service' && c.serviceDate < c.denialDate) ctx.addIssue({ code: 'custom', path: ['timing'], message: 'The service date is before the denial: choose “already given” or check the dates' });
  });

export type AppealCase = z.infer<typeof appealCaseSchema>;
export type AppealCaseInput = z.input<typeof appealCaseSchema>;
export type CriterionRow = z.infer<typeof criterionRowSchema>;
