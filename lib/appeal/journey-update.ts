import { z } from 'zod';
import { isoDateSchema } from '@/lib/iso-date';
import type { AppealCase } from './case-schema';
import { DECISIONS, RECEIPT_PROOFS, SEND_METHODS, type Journey, type Stage } from './journey';
import { rulesFor } from './plans';

/**
 * One step the patient records on the tracker, validated against the case and what came before:
 * dates are real, not in the patient's future, and in order (sent after the denial, received after
 * sending, decided after receipt). Pure; the action stores the result.
 */

export type JourneyFieldErrors = Record<string, string[]>;
export type JourneyUpdateResult = { ok: true; journey: Journey } | { ok: false; fieldErrors: JourneyFieldErrors };

const date = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .refine((v) => isoDateSchema.safeParse(v).success, { error: `Enter ${label} as a real date, for example 2026-03-14` });

export const journeyUpdateSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('sent'),
    stage: z.coerce.number().int().min(0).max(5),
    sentOn: date('the date you sent it'),
    sentBy: z.enum(SEND_METHODS, { error: 'Choose how you sent it' }),
  }),
  z.object({
    intent: z.literal('received'),
    stage: z.coerce.number().int().min(0).max(5),
    receivedOn: date('the date it arrived'),
    receivedProof: z.enum(RECEIPT_PROOFS, { error: 'Choose what shows the date it arrived' }),
  }),
  z.object({ intent: z.literal('extended'), stage: z.coerce.number().int().min(0).max(5) }),
  z.object({
    intent: z.literal('decision'),
    stage: z.coerce.number().int().min(0).max(5),
    decision: z.enum(DECISIONS, { error: 'Choose what the plan decided' }),
    decisionDate: date('the date on the decision'),
    nextNoticeDays: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (!v) return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 365) {
          ctx.addIssue({ code: 'custom', message: 'Enter the number of days the decision gives you, as a whole number' });
          return z.NEVER;
        }
        return n;
      })
      .optional(),
  }),
  z.object({ intent: z.literal('undo'), stage: z.coerce.number().int().min(0).max(5) }),
]);

export type JourneyUpdate = z.infer<typeof journeyUpdateSchema>;

const fail = (field: string, message: string): JourneyUpdateResult => ({ ok: false, fieldErrors: { [field]: [message] } });

/** The oldest plausible date: a journey step cannot come before the denial it answers. */
function checkOrder(field: string, value: string, notBefore: { date: string; what: string } | undefined, today: string): JourneyUpdateResult | undefined {
  if (value > today) return fail(field, 'That date is after today. Enter the date it happened.');
  if (notBefore && value < notBefore.date) return fail(field, `That date is before ${notBefore.what}. Check the date.`);
  return undefined;
}

export function applyJourneyUpdate(c: AppealCase, journey: Journey, update: JourneyUpdate, today: string): JourneyUpdateResult {
  const stages = journey.stages.length ? [...journey.stages] : [{}];
  const index = update.stage;
  const rules = rulesFor(c.planType, c.reason);
  if (index > stages.length || (index === stages.length && !canStartNext(c, stages.at(-1)!, index)))
    return fail('form', 'Record the decision at the level before first.');
  const stage: Stage = { ...(stages[index] ?? {}) };
  const previous = index > 0 ? stages[index - 1] : undefined;

  switch (update.intent) {
    case 'sent': {
      const after = previous?.decisionDate
        ? { date: previous.decisionDate, what: 'the decision you are appealing' }
        : { date: c.denialDate, what: 'the date on the denial letter' };
      const bad = checkOrder('sentOn', update.sentOn, after, today);
      if (bad) return bad;
      if (stage.receivedOn && stage.receivedOn < update.sentOn) return fail('sentOn', 'That is after the date you recorded it arrived. Check the dates.');
      Object.assign(stage, { sentOn: update.sentOn, sentBy: update.sentBy });
      break;
    }
    case 'received': {
      const after = stage.sentOn ? { date: stage.sentOn, what: 'the date you sent it' } : { date: c.denialDate, what: 'the date on the denial letter' };
      const bad = checkOrder('receivedOn', update.receivedOn, after, today);
      if (bad) return bad;
      Object.assign(stage, { receivedOn: update.receivedOn, receivedProof: update.receivedProof });
      break;
    }
    case 'extended':
      stage.extended = true;
      break;
    case 'decision': {
      const after = stage.receivedOn
        ? { date: stage.receivedOn, what: 'the date it arrived' }
        : stage.sentOn
          ? { date: stage.sentOn, what: 'the date you sent it' }
          : { date: c.denialDate, what: 'the date on the denial letter' };
      const bad = checkOrder('decisionDate', update.decisionDate, after, today);
      if (bad) return bad;
      const next = rules.nextLevels[index];
      if (update.decision !== 'approved' && next?.window && !next.window.span && update.nextNoticeDays === undefined) {
        return fail(
          'nextNoticeDays',
          `Enter the number of days the decision gives you to ask for ${next.name}: your state sets it, and the decision must say.`,
        );
      }
      Object.assign(stage, { decision: update.decision, decisionDate: update.decisionDate, nextNoticeDays: update.nextNoticeDays });
      break;
    }
    case 'undo': {
      const order: (keyof Stage)[] = ['decision', 'extended', 'receivedOn', 'sentOn'];
      const last = order.find((k) => stage[k] !== undefined);
      if (!last) {
        if (index > 0 && index === stages.length - 1) return { ok: true, journey: { stages: stages.slice(0, -1) } };
        return { ok: true, journey: { stages: stages.filter((s, i) => i !== index || Object.keys(s).length) } };
      }
      const cleared: Record<keyof Stage, (keyof Stage)[]> = {
        decision: ['decision', 'decisionDate', 'nextNoticeDays'],
        extended: ['extended'],
        receivedOn: ['receivedOn', 'receivedProof'],
        sentOn: ['sentOn', 'sentBy'],
        sentBy: [],
        receivedProof: [],
        decisionDate: [],
        nextNoticeDays: [],
      };
      for (const k of cleared[last]) delete stage[k];
      break;
    }
  }
  stages[index] = stage;
  return { ok: true, journey: { stages: stages.filter((s, i) => i === 0 || Object.keys(s).length > 0) } };
}

/** A next level can start once the level before it has a decision that is not an approval, and there is one. */
export function canStartNext(c: AppealCase, last: Stage, index: number): boolean {
  return Boolean(last.decision && last.decision !== 'approved' && last.decisionDate && rulesFor(c.planType, c.reason).nextLevels[index - 1]);
}
