import { PLAN_RULES } from './index';
import { isPlanType, type PlanType } from './plan-types';
import { UNSUPPORTED_PLANS } from './unsupported';

/**
 * "Find your plan type": a few questions that end in a plan type and the reason for it. Pure, so the
 * standalone page (a GET form) and the letter form (inside its own post) ask exactly the same thing.
 */

export type Choice = { value: string; label: string };
export type Question = { id: string; text: string; hint?: string; choices: Choice[] };
export type FinderAnswers = Record<string, string>;
export type FinderResult = { planType: PlanType; label: string; why: string } | { planType?: undefined; label: string; why: string; answer: string };
/** `answers` are the ones on the path to this step, in the order asked (stale answers dropped). */
export type FinderStep = ({ question: Question; number: number } | { result: FinderResult }) & { answers: FinderAnswers };

const YES_NO_UNSURE: Choice[] = [
  { value: 'no', label: 'No, or it does not mention it' },
  { value: 'yes', label: 'Yes, it says the plan is grandfathered' },
  { value: 'unsure', label: 'I can’t check right now' },
];

export const QUESTIONS: Record<string, Question> = {
  coverage: {
    id: 'coverage',
    text: 'Who gives you the coverage that denied this?',
    hint: 'Think of who you (or the family member whose plan it is) got the coverage through.',
    choices: [
      { value: 'private-employer', label: 'A job with a private company, union, private university or private hospital' },
      { value: 'government-employer', label: 'A job with a state, county, city, school district, public university or other public employer' },
      { value: 'church', label: 'A job with a church, diocese or religious order, or a church-affiliated hospital, school or charity' },
      { value: 'federal', label: 'A federal government job or federal retirement' },
      { value: 'individual', label: 'I bought it myself: HealthCare.gov, a state marketplace, or straight from an insurer' },
      { value: 'medicare-card', label: 'Medicare, and I use the red, white and blue Medicare card for this care' },
      { value: 'medicare-plan', label: 'Medicare, and I use a private plan’s card that says Medicare' },
      { value: 'medicaid-chip', label: 'Medicaid or CHIP (a children’s health program)' },
      { value: 'military', label: 'The military: TRICARE' },
      { value: 'va', label: 'The VA: VA health care or CHAMPVA' },
      { value: 'other', label: 'Something else, or I don’t know' },
    ],
  },
  grandfathered: {
    id: 'grandfathered',
    text: 'Does the plan booklet or the Summary of Benefits and Coverage say the plan is “grandfathered”?',
    hint: 'A grandfathered plan has existed since before March 23, 2010, and it must say so in its plan materials.',
    choices: YES_NO_UNSURE,
  },
  churchElection: {
    id: 'churchElection',
    text: 'Does the plan booklet say the plan is covered by ERISA, or that it made a “section 410(d) election”?',
    choices: [
      { value: 'no', label: 'No: it says it is a church plan, or does not mention ERISA' },
      { value: 'yes', label: 'Yes: it has a statement of ERISA rights or mentions the election' },
    ],
  },
  medicareCard: {
    id: 'medicareCard',
    text: 'What was denied?',
    choices: [
      {
        value: 'medicare',
        label: 'A service or item that Medicare itself decided (it came on a Medicare Summary Notice or a letter from a Medicare contractor)',
      },
      { value: 'part-d', label: 'A prescription drug, denied by my Medicare drug plan (Part D)' },
      { value: 'medigap', label: 'Something my Medigap (Medicare Supplement) insurer refused to pay after Medicare paid' },
    ],
  },
  medicarePlan: {
    id: 'medicarePlan',
    text: 'What was denied?',
    choices: [
      { value: 'pharmacy-drug', label: 'A prescription drug I get at a pharmacy (the plan’s Part D drug coverage)' },
      { value: 'service', label: 'A service, a device, a hospital stay, or a drug given in a clinic or hospital' },
    ],
  },
  program: {
    id: 'program',
    text: 'Is it Medicaid, or your state’s CHIP?',
    hint: 'CHIP usually has its own name and sometimes a premium. If your state runs CHIP as part of Medicaid, choose Medicaid.',
    choices: [
      { value: 'medicaid', label: 'Medicaid' },
      { value: 'chip', label: 'CHIP, under its own program name' },
    ],
  },
  medicaidPlan: {
    id: 'medicaidPlan',
    text: 'Does a health plan’s name appear on your card or on the denial letter?',
    hint: 'For example a managed care plan that the state pays to run your Medicaid.',
    choices: [
      { value: 'plan', label: 'Yes: a health plan sent the denial' },
      { value: 'state', label: 'No: the state Medicaid agency or its review contractor sent it' },
    ],
  },
};

const supported = (planType: PlanType, why: string): FinderResult => ({ planType, label: PLAN_RULES[planType].label, why });
const unsupported = (label: string, why: string, answer: string): FinderResult => ({ label, why, answer });

const NOT_GRANDFATHERED = 'A grandfathered plan must say so in its materials, so we treat it as not grandfathered.';

type Path = {
  get: (id: keyof typeof QUESTIONS) => string | undefined;
  ask: (id: keyof typeof QUESTIONS) => FinderStep;
  done: (result: FinderResult) => FinderStep;
};

function employerLike(p: Path, planType: PlanType, who: string): FinderStep {
  const grandfathered = p.get('grandfathered');
  if (!grandfathered) return p.ask('grandfathered');
  if (grandfathered !== 'yes')
    return p.done(
      supported(
        planType,
        `${who} ${grandfathered === 'unsure' ? `${NOT_GRANDFATHERED} If it turns out the booklet says “grandfathered”, come back and change your answer.` : 'The plan is not grandfathered.'}`,
      ),
    );
  if (planType === 'employer')
    return p.done(
      supported(
        'grandfathered',
        `${who} The booklet says the plan is grandfathered, so it keeps the older employer-plan appeal rules, without the newer right to independent external review for most denials.`,
      ),
    );
  return p.done(
    unsupported(
      'Grandfathered plan not run by a private employer',
      `${who} The booklet says the plan is grandfathered.`,
      'We don’t draft letters for this kind of grandfathered plan yet: its appeal rules come from the plan documents and state law, not the federal appeal rules. Follow the appeal steps in the plan booklet, and ask your state insurance department or consumer assistance program for help.',
    ),
  );
}

/** The next question, or the answer, for the answers given so far. Answers that are not choices are asked again. */
export function finderStep(input: FinderAnswers): FinderStep {
  const answers: FinderAnswers = {};
  const p: Path = {
    get: (id) => {
      const v = input[id];
      if (v && QUESTIONS[id]!.choices.some((c) => c.value === v)) return (answers[id] = v);
      return undefined;
    },
    ask: (id) => ({ question: QUESTIONS[id]!, number: Object.keys(answers).length + 1, answers }),
    done: (result) => ({ result, answers }),
  };
  switch (p.get('coverage')) {
    case undefined:
      return p.ask('coverage');
    case 'private-employer':
      return employerLike(p, 'employer', 'Your coverage comes through a private employer, so the plan is an employer plan under ERISA.');
    case 'government-employer':
      return employerLike(
        p,
        'government-employer',
        'Your coverage comes through a public employer. ERISA does not cover government plans; federal appeal rules reach them through HHS’s rule instead.',
      );
    case 'church': {
      const election = p.get('churchElection');
      if (!election) return p.ask('churchElection');
      if (election === 'yes')
        return employerLike(p, 'employer', 'Your church employer’s plan chose to be covered by ERISA, so it is treated as an employer plan.');
      return employerLike(p, 'church', 'Your coverage comes through a church employer and the plan did not choose ERISA coverage, so it is a church plan.');
    }
    case 'federal':
      return p.done(
        supported(
          'fehb',
          'Coverage through a federal job or federal retirement is a Federal Employees Health Benefits (FEHB) plan, appealed to the carrier and then to OPM.',
        ),
      );
    case 'individual':
      return employerLike(p, 'individual', 'You bought the coverage yourself, so it is an individual or Marketplace plan.');
    case 'medicare-card': {
      const what = p.get('medicareCard');
      if (!what) return p.ask('medicareCard');
      if (what === 'part-d')
        return p.done(supported('medicare-part-d', 'A drug denied by a Medicare drug plan is a Part D decision, whatever card you use for other care.'));
      if (what === 'medigap') {
        return p.done(
          unsupported(
            'A Medigap insurer’s own refusal',
            'Medigap pays after Medicare. A refusal by the Medigap insurer itself is not a Medicare decision.',
            'We don’t draft letters against a Medigap insurer yet: its refusals are a state insurance matter. Ask the insurer for its reasons in writing, and contact your state insurance department. If Medicare itself denied the claim, choose Original Medicare instead.',
          ),
        );
      }
      return p.done(
        supported(
          'original-medicare',
          'You use the red, white and blue card and Medicare itself decided, so this is Original Medicare, with or without a Medigap policy.',
        ),
      );
    }
    case 'medicare-plan': {
      const what = p.get('medicarePlan');
      if (!what) return p.ask('medicarePlan');
      return what === 'pharmacy-drug'
        ? p.done(
            supported(
              'medicare-part-d',
              'A pharmacy drug under a Medicare plan is covered by its Part D benefit, which has its own appeal, the redetermination.',
            ),
          )
        : p.done(
            supported(
              'medicare-advantage',
              'A private plan card that says Medicare is a Medicare Advantage plan, and services and clinic-given drugs fall under its Part C benefit.',
            ),
          );
    }
    case 'medicaid-chip': {
      const program = p.get('program');
      if (!program) return p.ask('program');
      if (program === 'chip')
        return p.done(supported('chip', 'A CHIP program under its own name uses the state’s CHIP review process, not a Medicaid fair hearing.'));
      const plan = p.get('medicaidPlan');
      if (!plan) return p.ask('medicaidPlan');
      return plan === 'plan'
        ? p.done(supported('medicaid', 'Medicaid through a health plan is managed care: you appeal to the plan first, then ask for a State fair hearing.'))
        : p.done(
            supported(
              'medicaid-fee-for-service',
              'When the state decides Medicaid itself, there is no plan appeal: you ask the state for a fair hearing directly.',
            ),
          );
    }
    case 'military':
      return p.done(
        supported('tricare', 'Military coverage is TRICARE. If you have TRICARE For Life and Medicare denied the claim, the Medicare appeal comes first.'),
      );
    case 'va':
      return p.done(unsupported(UNSUPPORTED_PLANS.va.label, 'VA health care is not insurance.', UNSUPPORTED_PLANS.va.answer));
    default:
      return p.done(
        unsupported(
          'Not sure yet',
          'We could not tell the plan type from your answers.',
          'The plan booklet, the Summary of Benefits and Coverage, or the member services number on your card can tell you. Ask: “Is this plan from an employer, bought by me, Medicare, Medicaid, or another program? Is it grandfathered?” Then come back and answer again.',
        ),
      );
  }
}

export const isSupportedResult = (r: FinderResult): r is Extract<FinderResult, { planType: PlanType }> => isPlanType(r.planType);
