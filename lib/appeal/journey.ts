import { z } from 'zod';
import { isoDateSchema } from '@/lib/iso-date';

/**
 * What happened after the letter: when each appeal level was sent and how, when it arrived, and what was
 * decided. Stage 0 is the first appeal; stage 1 the level after it (external review, the IRE, a fair
 * hearing…), and so on. Sealed with the case; never sent to Stripe or logs.
 */

export const SEND_METHODS = ['mail', 'fax', 'portal', 'hand'] as const;
export const RECEIPT_PROOFS = ['certified-mail-receipt', 'fax-confirmation', 'portal-timestamp', 'plan-acknowledgment', 'other'] as const;
export const DECISIONS = ['approved', 'partly-upheld', 'upheld'] as const;

export type SendMethod = (typeof SEND_METHODS)[number];
export type Decision = (typeof DECISIONS)[number];

export const SEND_METHOD_LABELS: Record<SendMethod, string> = {
  mail: 'By mail',
  fax: 'By fax',
  portal: 'Through the plan’s website or portal',
  hand: 'By hand delivery',
};

export const RECEIPT_PROOF_LABELS: Record<(typeof RECEIPT_PROOFS)[number], string> = {
  'certified-mail-receipt': 'Certified-mail return receipt or tracking',
  'fax-confirmation': 'Fax confirmation page',
  'portal-timestamp': 'Portal confirmation or timestamp',
  'plan-acknowledgment': 'A letter or call from the plan saying it arrived',
  other: 'Another record',
};

export const DECISION_LABELS: Record<Decision, string> = {
  approved: 'Approved: the plan reversed its denial',
  'partly-upheld': 'Partly approved: the plan still denies part of it',
  upheld: 'Upheld: the plan still says no',
};

const date = isoDateSchema;

export const stageSchema = z
  .object({
    sentOn: date.optional(),
    sentBy: z.enum(SEND_METHODS).optional(),
    receivedOn: date.optional(),
    receivedProof: z.enum(RECEIPT_PROOFS).optional(),
    /** The plan told the patient it is taking the extra time the rule allows. */
    extended: z.boolean().optional(),
    decision: z.enum(DECISIONS).optional(),
    decisionDate: date.optional(),
    /** Where the state sets the next window (a Medicaid fair hearing): the days the decision notice gives. */
    nextNoticeDays: z.number().int().min(1).max(365).optional(),
  })
  .strict();

export type Stage = z.infer<typeof stageSchema>;

export const journeySchema = z.object({ stages: z.array(stageSchema).max(6).default([]) }).strict();
export type Journey = z.infer<typeof journeySchema>;

export const emptyJourney = (): Journey => ({ stages: [] });

/**
 * The letter command's flat form (`{"appealSentOn", "appealReceivedOn", "decisionDate", "decision"}`) as a
 * journey; the stored form is accepted too.
 */
export const cliJourneySchema = z.union([
  journeySchema,
  z
    .object({
      appealSentOn: date.optional(),
      appealSentBy: z.enum(SEND_METHODS).optional(),
      appealReceivedOn: date.optional(),
      extended: z.boolean().optional(),
      decision: z.enum(DECISIONS).optional(),
      decisionDate: date.optional(),
      nextNoticeDays: z.number().int().min(1).max(365).optional(),
    })
    .strict()
    .transform((j): Journey => ({
      stages: [
        {
          sentOn: j.appealSentOn,
          sentBy: j.appealSentBy,
          receivedOn: j.appealReceivedOn,
          extended: j.extended,
          decision: j.decision,
          decisionDate: j.decisionDate,
          nextNoticeDays: j.nextNoticeDays,
        },
      ],
    })),
]);
