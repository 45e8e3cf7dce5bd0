import { appealRight } from './citations';
import type { ComposeContext } from './context';

export type ExceptionKind = 'formulary' | 'step-therapy' | 'quantity-limit';

/**
 * The legal footing of a drug exception request. Part D (42 CFR 423.578) and ACA plans' drug exceptions
 * (45 CFR 156.122(c)) have their own rules; elsewhere the denial is simply an appealable decision.
 */
export function exceptionBasis(ctx: ComposeContext, kind: ExceptionKind): string {
  const { c, cite } = ctx;
  exceptionWarnings(ctx, kind);
  if (c.planType === 'medicare-part-d') {
    return `I make this request under ${cite('42 CFR 423.578(b)')}. This letter, signed by the prescriber, serves as the prescriber’s supporting statement.`;
  }
  if (c.planType === 'individual' && kind !== 'quantity-limit') return `I make this request under the drug exception process of ${cite('45 CFR 156.122(c)')}.`;
  return `This denial is ${appealRight(ctx)}.`;
}

function exceptionWarnings({ c, warn }: ComposeContext, kind: ExceptionKind): void {
  if (c.planType === 'medicare-part-d') {
    warn('The plan’s clock for a Part D exception starts when the prescriber’s supporting statement arrives: make sure the prescriber signs this letter, or sends their own statement, promptly.');
  }
  if (c.planType === 'medicare-advantage') {
    warn('If this is a pharmacy drug covered under your plan’s Part D benefit rather than a drug given in a clinic, choose “Medicare Part D” as the plan type: Part D exceptions have their own rules.');
  }
  if (kind === 'step-therapy' && (c.planType === 'employer' || c.planType === 'grandfathered')) {
    // State step-therapy laws reach insured plans but generally not self-funded ERISA plans; only the patient knows which this is.
    warn('If your employer plan is insured by the insurance company (not self-funded by the employer), check your state’s step-therapy law: more than 30 states require an exception process, often with faster decisions, and you can cite it in the letter. Self-funded plans are generally not covered by state law.');
  }
  if (kind === 'step-therapy' && c.planType === 'medicaid') {
    warn('Each state’s Medicaid program sets its own preferred-drug and step-therapy exception rules: check your state’s rules and your plan’s handbook.');
  }
}
