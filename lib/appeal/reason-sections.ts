import type { ReasonSlug } from '@/lib/content/reasons';
import type { ComposeContext } from './context';
import { exceptionBasis } from './drug-exceptions';
import { formatDate, possessive, sentence } from './format';
import { SECTION, type LetterSection } from './letter';
import { stepTherapyParagraphs } from './step-therapy';

/** The denial reason in plain words; the insurer's own words follow when the patient copied them. */
export const REASON_PHRASE: Record<ReasonSlug, string> = {
  'prior-authorization': 'because prior authorization was not obtained',
  'medical-necessity': 'as not medically necessary',
  'step-therapy': 'under a step-therapy (fail first) requirement',
  'non-formulary': 'because the drug is not on the formulary',
  experimental: 'as experimental or investigational',
  'out-of-network': 'as out of network',
  'quantity-limit': 'because it exceeds a quantity limit',
};

/**
 * Section 3, first half: the denial in the insurer's words. Part of the free preview. `owner` words the
 * decision for a reviewer outside the plan ("The plan’s"); the appeal itself speaks to the plan ("Your").
 */
export function denialSection(ctx: ComposeContext, owner = 'Your'): LetterSection {
  const { c, warn } = ctx;
  const what =
    c.timing === 'post-service' ? `payment for ${c.drug}${c.serviceDate ? ` provided on ${formatDate(c.serviceDate)}` : ''}` : `coverage of ${c.drug}`;
  const paragraphs = [
    `${owner} ${ctx.rules.decisionName} dated ${formatDate(c.denialDate)} denied ${what} for ${c.patientName}, who is being treated for ${c.diagnosis}, ${REASON_PHRASE[c.reason]}.`,
  ];
  if (c.denialWords) paragraphs.push(`The denial letter gives this reason: “${stripQuotes(c.denialWords)}”`);
  else warn('Copy the denial reason word for word from the insurer’s letter: quoting it shows the reviewer exactly what you are answering.');
  return { id: SECTION.denial, heading: 'The denial', paragraphs };
}

/** Section 3, second half: the direct answer to the denial reason. */
export function answerSection(ctx: ComposeContext): LetterSection {
  const build = ANSWERS[ctx.c.reason];
  return { id: SECTION.answer, ...build(ctx) };
}

type Answer = { heading: string; paragraphs: string[] };

const ANSWERS: Record<ReasonSlug, (ctx: ComposeContext) => Answer> = {
  'prior-authorization': ({ c, warn }) => {
    const retro = c.timing !== 'pre-service';
    const from = c.serviceDate ? ` from ${formatDate(c.serviceDate)}` : '';
    const paragraphs = [
      retro
        ? `I request retroactive authorization of ${c.drug}${from}, on the full documentation enclosed. The table below shows how ${c.patientName} meets each of your coverage criteria, with the medical records as exhibits.`
        : `I request authorization of ${c.drug} on the full documentation enclosed. The table below shows how ${c.patientName} meets each of your coverage criteria, with the medical records as exhibits.`,
    ];
    if (c.whyNoAuthorization) paragraphs.push(`Authorization was not obtained beforehand for this reason: ${sentence(c.whyNoAuthorization)}`);
    else if (retro)
      warn(
        'Say why authorization was not obtained beforehand (for example an emergency, or an administrative error by the provider’s office): it makes a retroactive request much stronger.',
      );
    if (retro)
      paragraphs.push(
        'The missing authorization is a procedural matter. I ask that the request be decided on its medical merits, which the enclosed records document.',
      );
    return { heading: retro ? 'Request for retroactive authorization' : 'Request for authorization', paragraphs };
  },
  'medical-necessity': (ctx) => ({
    heading: 'Why the treatment is medically necessary',
    paragraphs: [
      `${ctx.c.drug} is medically necessary to treat ${possessive(ctx.c.patientName)} ${ctx.c.diagnosis}. Below, I answer your coverage policy criterion by criterion: each criterion is matched to the fact in the medical records that meets it and to the exhibit that shows it.`,
      ...guideline(ctx, 'This treatment is supported for this indication by'),
    ],
  }),
  experimental: (ctx) => ({
    heading: 'Response to the experimental or investigational finding',
    paragraphs: [
      `You treated ${ctx.c.drug} as experimental or investigational for ${ctx.c.diagnosis}. I ask you to reconsider that finding on the evidence below, which answers each criterion of your policy with the fact in the medical records that meets it.`,
      ...guideline(ctx, `The use of ${ctx.c.drug} for this condition is supported by`),
    ],
  }),
  'step-therapy': (ctx) => ({ heading: 'Request for a step-therapy exception', paragraphs: stepTherapyParagraphs(ctx) }),
  'non-formulary': (ctx) => ({
    heading: 'Request for a formulary exception',
    paragraphs: [
      `I request a formulary exception so that the plan covers ${ctx.c.drug} for ${ctx.c.patientName}, although the drug is not on the plan’s formulary. ${exceptionBasis(ctx, 'non-formulary')}`,
      `The table below shows why ${ctx.c.drug} is needed for ${possessive(ctx.c.patientName)} treatment${ctx.c.priorTreatments.length ? ', and the treatments already tried are listed with their dates and outcomes' : ''}.`,
    ],
  }),
  'quantity-limit': (ctx) => ({
    heading: 'Request for a quantity-limit exception',
    paragraphs: [
      `I request an exception to the quantity limit so that the plan covers ${ctx.c.drug} at the dose and quantity prescribed by ${ctx.c.prescriberName}. ${exceptionBasis(ctx, 'quantity-limit')}`,
      `The table below shows why the limit does not fit ${possessive(ctx.c.patientName)} treatment.`,
    ],
  }),
  'out-of-network': ({ c, warn }) => {
    warn(
      'Out-of-network appeals are strongest when they show that no in-network provider could give this care nearby or in time, or that switching would break continuity of care: add that as a criterion with the fact that shows it. If this was emergency care, or a surprise bill from an out-of-network provider at an in-network facility, the No Surprises Act may protect you.',
    );
    return {
      heading: 'Request for a network exception',
      paragraphs: [
        `I request a network exception so that the plan covers ${c.drug} for ${c.patientName} at the in-network benefit level. The table below shows why this care was needed from this provider.`,
      ],
    };
  },
};

function guideline({ c, warn }: ComposeContext, lead: string): string[] {
  if (c.guidelineOrg) return [`${lead} ${c.guidelineOrg.replace(/\.$/, '')} guidelines.`];
  warn(
    'Name the guideline organization that supports this treatment for this diagnosis (for example NCCN or the specialty society of the prescribing physician): reviewers look for it.',
  );
  return [];
}

function stripQuotes(text: string): string {
  return text.replace(/^["“”']+|["“”']+$/g, '').trim();
}
