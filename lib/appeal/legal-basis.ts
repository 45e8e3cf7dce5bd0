import type { ComposeContext } from './context';
import { ERISA } from './citations';
import { possessive } from './format';
import type { PlanType } from './plan-types';

/** Section 6 of the letter: the rules that govern this appeal and the requests the patient is entitled to make. */
export function legalBasisParagraphs(ctx: ComposeContext): string[] {
  const { c } = ctx;
  switch (c.planType) {
    case 'employer':
      return [...erisaParagraphs(ctx, 'This plan is an employer group health plan governed by ERISA.'), externalReview(ctx), ...continuedCoverage(ctx)];
    case 'grandfathered':
      ctx.warn('The letter treats your grandfathered plan as an employer plan under ERISA. If it is an individual policy or a government or church employer’s plan, ERISA does not apply: your plan documents and state law set the rules, so ask us to adjust the legal basis before sending.');
      return [...erisaParagraphs(ctx, 'This plan is an employer group health plan governed by ERISA.'), ...continuedCoverage(ctx)];
    case 'individual':
      return [
        ...erisaParagraphs(ctx, `This is individual health insurance coverage. Under ${ctx.cite('45 CFR 147.136(b)(3)')}, the issuer must follow the claims and appeals procedures of ${ctx.cite(ERISA)}.`),
        externalReview(ctx),
        ...continuedCoverage(ctx),
      ];
    case 'medicare-advantage':
      return medicareAdvantage(ctx);
    case 'medicare-part-d':
      return partD(ctx);
    case 'medicaid':
      return medicaid(ctx);
    case 'fehb':
      return fehb(ctx);
  }
}

function erisaParagraphs({ c, cite }: ComposeContext, intro: string): string[] {
  return [
    `${intro} This appeal must receive a full and fair review that takes into account all the information submitted, whether or not it was considered in the initial decision (${cite(`${ERISA}(h)(2)(iv)`)}), and gives no deference to the initial denial (${cite(`${ERISA}(h)(3)(ii)`)}).`,
    `Please send me, free of charge, the complete claim file: copies of all documents, records and other information relevant to this claim (${cite(`${ERISA}(h)(2)(iii)`)}).`,
    `Please send me the internal rule, guideline, protocol or other criterion you relied on in denying the claim (${cite(`${ERISA}(g)(1)(v)`)}).`,
    `Please give me the name and credentials of every medical expert whose advice was obtained in connection with the denial (${cite(`${ERISA}(h)(3)(iv)`)}).`,
    `Please have this appeal decided by someone who was not involved in the denial and is not a subordinate of anyone who was, consulting a health care professional with appropriate training and experience in the field of medicine involved, ideally in ${c.prescriberSpecialty}, the prescribing physician’s specialty (${cite(`${ERISA}(h)(3)(ii)–(v)`)}).`,
  ];
}

function externalReview({ c, cite }: ComposeContext): string {
  const ref = c.planType === 'employer' ? `${cite('45 CFR 147.136(c)–(d)')}; ${cite('29 CFR 2590.715-2719')}` : cite('45 CFR 147.136(c)–(d)');
  return `If you uphold the denial, ${c.patientName} has the right to external review by an independent review organization, whose decision binds the plan (${ref}).`;
}

const CONTINUED_COVERAGE: Partial<Record<PlanType, string>> = {
  employer: '29 CFR 2590.715-2719(b)(2)(iii)',
  individual: '45 CFR 147.136(b)(3)(iii)',
  grandfathered: `${ERISA}(f)(2)(ii)`,
};

function continuedCoverage({ c, cite }: ComposeContext): string[] {
  const ref = CONTINUED_COVERAGE[c.planType];
  if (c.timing !== 'ongoing' || !ref) return [];
  return [`Because this is an ongoing course of treatment, coverage must continue while this appeal is pending; it may not be reduced or ended before the review is complete (${cite(ref)}).`];
}

function medicareAdvantage({ c, cite }: ComposeContext): string[] {
  return [
    `This is a request for reconsideration under ${cite('42 CFR 422.582')}. Please decide it within the time limits of ${cite('42 CFR 422.590')}. If you do not decide fully in ${possessive(c.patientName)} favor, you must forward the case to the Independent Review Entity without a further request (${cite('42 CFR 422.592')}).`,
    'Please send me a copy of the case file, including the coverage criteria, guidelines and any medical opinion you relied on in the denial.',
    `Please have the reconsideration made by a physician who was not involved in the initial determination and who has expertise in the field of medicine appropriate to this treatment, ideally in ${c.prescriberSpecialty}, the prescribing physician’s specialty.`,
  ];
}

function partD({ c, cite }: ComposeContext): string[] {
  return [
    `This is a request for redetermination under ${cite('42 CFR 423.582')}. Please decide it within the time limits of ${cite('42 CFR 423.590')}. If you uphold the denial, ${c.patientName} or the prescriber may request reconsideration by the Independent Review Entity (${cite('42 CFR 423.600')}).`,
    'Please send me a copy of the case file, including the coverage criteria and any medical opinion you relied on in the denial.',
    `Please have the redetermination made by a physician who was not involved in the coverage determination and who has expertise in the field of medicine appropriate to this drug, ideally in ${c.prescriberSpecialty}, the prescribing physician’s specialty.`,
  ];
}

function medicaid({ c, cite }: ComposeContext): string[] {
  const paragraphs = [
    `This is an appeal of an adverse benefit determination under ${cite('42 CFR 438.402')}. Please resolve it within the time limits of ${cite('42 CFR 438.408(b)(2)')}. If the plan upholds the denial, ${c.patientName} may request a State fair hearing (${cite('42 CFR 438.408(f)')}).`,
    `Please send me, free of charge and in time to use it before the decision, the case file, including the medical records and any new or additional evidence considered, relied on or generated in connection with this appeal (${cite('42 CFR 438.406(b)(5)')}).`,
    `Please send me the medical necessity criteria and any other documents relevant to the denial (${cite('42 CFR 438.404(b)(2)')}).`,
    `Please have this appeal decided by people who were not involved in the denial, are not subordinates of anyone who was, and have the appropriate clinical expertise in treating ${possessive(c.patientName)} condition, ideally in ${c.prescriberSpecialty}, the prescribing physician’s specialty (${cite('42 CFR 438.406(b)(2)')}).`,
  ];
  // The deadline engine adds the 10-day "keep benefits" date beside the letter.
  if (c.timing === 'ongoing') {
    paragraphs.push(`If this decision reduces, suspends or ends a service that was previously authorized, I ask that benefits continue while this appeal is pending (${cite('42 CFR 438.420')}).`);
  }
  return paragraphs;
}

function fehb({ c, cite }: ComposeContext): string[] {
  return [
    `This is a request for reconsideration under ${cite('5 CFR 890.105(b)(1)')}. Please respond within 30 days, as ${cite('5 CFR 890.105(b)(2)')} requires. If you affirm the denial, ${c.patientName} may ask the Office of Personnel Management to review it (${cite('5 CFR 890.105(e)')}).`,
    'Please send me copies of all documents relevant to this claim, including the coverage criteria and any medical opinion you relied on.',
    `Please have this request reviewed by someone who was not involved in the denial, with expertise ideally in ${c.prescriberSpecialty}, the prescribing physician’s specialty.`,
  ];
}
