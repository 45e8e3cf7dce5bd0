import { z } from 'zod';
import { appealCaseSchema } from '@/lib/appeal/case-schema';
import { emptyJourney, journeySchema } from '@/lib/appeal/journey';
import { isoDateSchema } from '@/lib/iso-date';

/**
 * What is sealed per letter: the case the patient typed, the day the letter was first composed, the
 * journey after it (sent, received, decided), and the patient's time zone for "today". The store
 * validates it on every open instead of trusting what it decrypted.
 */
export const letterContentSchema = z.object({
  case: appealCaseSchema,
  composedOn: isoDateSchema,
  journey: journeySchema.default(emptyJourney),
  timeZone: z.string().max(64).optional(),
});

export type LetterContent = z.infer<typeof letterContentSchema>;
export type LetterContentInput = z.input<typeof letterContentSchema>;
