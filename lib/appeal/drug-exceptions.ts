import type { ComposeContext } from './context';
import { appealRight } from './legal-basis';

export type ExceptionKind = 'non-formulary' | 'step-therapy' | 'quantity-limit';

/**
 * The legal footing of a drug exception request: the plan type's own exceptions process where the
 * plan-rules module says it covers this reason; elsewhere the denial is simply an appealable decision.
 */
export function exceptionBasis(ctx: ComposeContext, kind: ExceptionKind): string {
  const { rules, cite } = ctx;
  exceptionWarnings(ctx, kind);
  const exceptions = rules.drugExceptions;
  if (exceptions?.reasons.includes(kind)) {
    const statement = exceptions.prescriberStatement ? ' This letter, signed by the prescriber, serves as the prescriber’s supporting statement.' : '';
    return `I make this request under ${exceptions.basis} (${cite(exceptions.citation)}).${statement}`;
  }
  return `This denial is ${appealRight(ctx)}.`;
}

const STATE_LAW_PLANS = new Set(['employer', 'grandfathered', 'government-employer', 'church', 'individual']);

function exceptionWarnings({ c, rules, warn }: ComposeContext, kind: ExceptionKind): void {
  const startsWhen = rules.drugExceptions?.reasons.includes(kind) ? rules.drugExceptions.standard.startsWhen : undefined;
  if (startsWhen && rules.drugExceptions?.prescriberStatement) {
    warn(`The plan’s clock for this exception starts ${startsWhen}: make sure the prescriber signs this letter, or sends their own statement, promptly.`);
  }
  if (c.planType === 'medicare-advantage') {
    warn(
      'If this is a pharmacy drug covered under your plan’s Part D benefit rather than a drug given in a clinic, choose “Medicare Part D” as the plan type: Part D exceptions have their own rules.',
    );
  }
  if (kind === 'step-therapy' && STATE_LAW_PLANS.has(c.planType)) {
    // State step-therapy laws reach insured plans but generally not self-funded employer plans; only the patient knows which this is.
    warn(
      'If your plan is bought from an insurance company (not self-funded by an employer), check whether your state has a step-therapy exception law: where one applies, you can cite it in the letter. Self-funded employer plans are generally not covered by state law.',
    );
  }
  if (kind === 'step-therapy' && (c.planType === 'medicaid' || c.planType === 'medicaid-fee-for-service')) {
    warn('Each state’s Medicaid program sets its own preferred-drug and step-therapy exception rules: check your state’s rules and your plan’s handbook.');
  }
}
