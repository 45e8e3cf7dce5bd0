import type { Letter } from '../letter';
import type { Journey } from '../journey';
import type { AppealCase } from '../case-schema';
import { composeDocument } from './index';

type Stored = { letter: { case: AppealCase; journey: Journey; composedOn: string }; today: string };

/** The appeal letter of a stored case: dated the day it was composed, with the case's deadlines as of today. */
export function appealLetter(own: Stored): Letter {
  const result = composeDocument('appeal', { case: own.letter.case, journey: own.letter.journey }, { today: own.today, letterDate: own.letter.composedOn });
  if ('unavailable' in result) throw new Error(result.unavailable);
  return result.letter;
}
