import 'server-only';
import { patientToday } from '@/lib/appeal/today';
import { getDb } from '@/lib/db';
import { letterPayment } from '@/lib/payments/orders';
import { letterToken } from './session';
import { readLetter, type StoredLetter } from './store';

/** This visitor's letter, paid or not, and the patient's "today". */
export type OwnCase = {
  id: string;
  letter: StoredLetter;
  token: string;
  paid: boolean;
  /** pending: a bank payment was started and is not confirmed yet, so the pay form must not show again. */
  payment: 'paid' | 'pending' | 'none';
  today: string;
};

/**
 * The one loader for "this visitor's letter": the preview, the letter, the tracker and every download use it.
 * Undefined for an unknown id, no cookie, a wrong token or purged content, so a stranger gets a 404.
 */
export async function loadOwnCase(id: string): Promise<OwnCase | undefined> {
  const token = await letterToken(id);
  if (!token) return undefined;
  const db = await getDb();
  const letter = await readLetter(db, id, token);
  if (!letter) return undefined;
  const payment = await letterPayment(db, id);
  return { id, letter, token, paid: payment === 'paid', payment, today: patientToday(letter.timeZone) };
}
