import type { AppealCase } from './case-schema';
import type { ComposeContext } from './context';
import { exceptionBasis } from './drug-exceptions';
import { possessive, sentence } from './format';

type Ground = AppealCase['stepTherapyGrounds'][number];

/** Each exception ground the patient can choose, as a plain sentence for the letter. */
const GROUND_SENTENCE: Record<Ground, (c: AppealCase) => string> = {
  'tried-and-failed': (c) =>
    `${c.patientName} has already tried the drug or drugs the plan requires first, and they did not work or could not be tolerated${c.priorTreatments.length ? '; the treatments tried are listed below with their dates and outcomes' : ''}.`,
  contraindicated: (c) => `The drug the plan requires first is contraindicated for ${c.patientName} or likely to cause ${c.patientName} harm.`,
  'expected-ineffective': (c) =>
    `The drug the plan requires first is expected to be ineffective for ${c.patientName}, given ${possessive(c.patientName)} clinical characteristics.`,
  'delay-would-harm': (c) =>
    `Requiring ${c.patientName} to try another drug first would delay effective treatment and put ${possessive(c.patientName)} health at risk.`,
  'stable-on-current': (c) => `${c.patientName} is stable on ${c.drug}, and switching now would put that stability at risk.`,
};

export function stepTherapySentence(ground: Ground, c: AppealCase): string {
  return GROUND_SENTENCE[ground](c);
}

/** The step-therapy answer: the request, its legal footing for the plan type, the grounds and the patient's detail. */
export function stepTherapyParagraphs(ctx: ComposeContext): string[] {
  const { c, warn } = ctx;
  const grounds = c.stepTherapyGrounds.map((g) => GROUND_SENTENCE[g](c));
  if (c.stepTherapyGrounds.includes('tried-and-failed') && c.priorTreatments.length === 0) {
    warn('You chose “tried and failed”: list the drugs tried, with dates and outcomes, under prior treatments.');
  }
  return [
    `I request a step-therapy exception so that ${c.patientName} can receive ${c.drug} without first trying the drug or drugs the plan requires. ${exceptionBasis(ctx, 'step-therapy')}`,
    ...(grounds.length ? [`Grounds for the exception: ${grounds.join(' ')}`] : []),
    ...(c.stepTherapyDetail ? [sentence(c.stepTherapyDetail)] : []),
  ];
}
