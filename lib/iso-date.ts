import { z } from 'zod';

/** The one check for a 'YYYY-MM-DD' calendar date (it rejects 2026-02-30): zod's ISO date format. */
export const isoDateSchema = z.iso.date();

export const isIsoDate = (value: unknown): value is string => isoDateSchema.safeParse(value).success;
