import { getDb } from '@/lib/db';
import { letterToken } from '@/lib/letters/session';
import { readLetter } from '@/lib/letters/store';

/** The letter for this browser, or undefined: unknown id, no cookie, wrong token, or purged. */
export async function loadOwnLetter(id: string) {
  const token = await letterToken(id);
  const letter = await readLetter(await getDb(), id, token);
  return letter && token ? { letter, token } : undefined;
}
