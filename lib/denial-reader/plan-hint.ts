import type { PlanType } from '@/lib/appeal/plans/plan-types';
import type { Statement } from './reason';
import type { Found } from './types';
import { lines, snippet, STATE_CHIP_NAMES, STATE_MEDICAID_NAMES } from './text';

/**
 * What kind of plan the notice's own words point to: the title of a CMS model notice, "ERISA", "HealthCare.gov",
 * "FEHB", "TRICARE", a State fair hearing. A hint for the patient to confirm, never an answer filled in: a
 * letter can name a program in passing, and the plan type decides the law a letter cites.
 */
const SIGNS: { planType: PlanType; words: RegExp }[] = [
  {
    planType: 'medicare-part-d',
    words:
      /\bNotice\s+of\s+Denial\s+of\s+Medicare\s+Prescription\s+Drug\s+Coverage\b|\bCMS-10146\b|\bMedicare\s+Part\s+D\b|\bPart\s+D\s+(?:plan|appeals?|redetermination|coverage|independent\s+review)\b|\(PDP\)|\bMedicare\s+prescription\s+drug\s+(?:plan|coverage|appeal|denial)\b|\bMedicare\s+Rx\b/i,
  },
  {
    planType: 'medicare-advantage',
    words:
      /\bNotice\s+of\s+Denial\s+of\s+Medical\s+Coverage\b|\bCMS-10003\b|\bMedicare\s+Advantage\b|\bPart\s+C\s+appeals?\b|\bMedicare\b[^\n.]{0,40}\((?:HMO|PPO|HMO-POS|PFFS|HMO-SNP|D-SNP|SNP)\)/i,
  },
  {
    planType: 'original-medicare',
    words:
      /\bMedicare\s+Summary\s+Notice\b|\bMedicare\s+Administrative\s+Contractor\b|\bDME\s+MAC\b|\bQualified\s+Independent\s+Contractor\b|\bOriginal\s+Medicare\b|\bMedicare\s+Redetermination\s+Notice\b|\bMedicare\s+Redetermination\s+Request\s+form\b/i,
  },
  { planType: 'chip', words: new RegExp(String.raw`\bCHIP\b|\bChildren's\s+Health\s+Insurance\s+Program\b|${STATE_CHIP_NAMES.source}`) },
  { planType: 'medicaid', words: new RegExp(String.raw`\bMedicaid\b|${STATE_MEDICAID_NAMES.source}|\bState\s+fair\s+hearing\b`, 'i') },
  {
    planType: 'employer',
    words:
      /\bERISA\b|\bEmployee\s+Retirement\s+Income\s+Security\s+Act\b|\bSummary\s+Plan\s+Description\b|\bemployee\s+welfare\s+benefit\s+plan\b|\bemployer(?:'s|-sponsored)\s+(?:group\s+)?(?:health\s+)?plan\b|\b(?:offered|sponsored|provided)\s+(?:through|by)\s+your\s+employer\b|\bgroup\s+health\s+plan\b/i,
  },
  {
    planType: 'individual',
    words:
      /\bHealthCare\.gov\b|\bHealth\s+Insurance\s+Marketplace\b|\bMarketplace\s+plan\b|\bCovered\s+California\b|\bIndividual\s+(?:&|and)\s+Family\s+(?:ACA\s+)?plans?\b|\bACA\s+plan\b|\byour\s+individual\s+(?:health\s+)?(?:plan|policy|coverage)\b|\bhealth\s+insurance\s+exchange\b/i,
  },
  {
    planType: 'fehb',
    words:
      /\bFEHB\b|\bFederal\s+Employees\s+Health\s+Benefits\b|\bOffice\s+of\s+Personnel\s+Management\b|\bOPM\b|\bService\s+Benefit\s+Plan\b|\bFederal\s+Employee\s+Program\b/,
  },
  { planType: 'tricare', words: /\bTRICARE\b|\bDefense\s+Health\s+Agency\b|\bDoD\s+Benefits\s+Number\b/ },
  // The legal names of the two employer plans ERISA does not cover (ERISA § 3(32), § 3(33)).
  {
    planType: 'government-employer',
    // Also a public employer named as the sponsor: "covered through your employer, … a public school district".
    words:
      /\b(?:non-?federal\s+)?governmental\s+(?:group\s+)?(?:health\s+)?plan\b|\b(?:employer|sponsored\s+by)\b[^.]{0,80}\b(?:public\s+school\s+district|public\s+schools|school\s+district)\b/i,
  },
  { planType: 'church', words: /\bchurch\s+plan\b/i },
  // The ACA's model wording: "… believes this coverage is a 'grandfathered health plan'" (never "is not a …").
  { planType: 'grandfathered', words: /(?<!\bnot\s+(?:a\s+)?["']?)\bgrandfathered\s+health\s+plan\b/i },
];

/** A state agency writing for itself (Medicaid without a health plan), not a plan that contracts with it. */
const STATE_AGENCY = /\b(?:Department|Division|Agency)\s+of\b|\bMedicaid\s+Direct\b|\bHealthNet\s+Division\b/i;
const MANAGED_CARE = /\bmanaged\s+care\b|\bplan\s+appeal\b|\bMedicaid\s+(?:product|plan|health\s+plan|managed)\b|\bour\s+(?:health\s+)?plan\b/i;

/**
 * The plan type the notice suggests, with the words it came from; none when its words point two ways (an
 * employer plan and the Marketplace), or only at programs named in options ("If you also have Medicaid…").
 */
export function readPlanTypeHint(text: string, all: Statement[]): Found<PlanType> | undefined {
  // CMS's own name ("Centers for Medicare & Medicaid Services") names no program, and nor does a Medicare
  // plan's standard disclaimer that its company "contracts with State Medicaid programs".
  const original = all.filter((s) => !s.conditional).map((s) => s.text);
  const said = original.map((t) =>
    t.replace(
      /\bCenters\s+for\s+Medicare\s+(?:&|and)\s+Medicaid\s+Services\b|\bcontracts?\s+with\s+(?:the\s+)?(?:State|state)\s+Medicaid\s+(?:programs?|agenc(?:y|ies))\b/gi,
      (m) => ' '.repeat(m.length),
    ),
  );
  const found = new Map<PlanType, string>();
  for (const { planType, words } of SIGNS) {
    const at = said.findIndex((s) => words.test(s));
    if (at >= 0) found.set(planType, snippet(original[at]!, said[at]!.search(words), 0));
  }
  // A Medicare Advantage plan's notice says it covers you "in place of Original Medicare".
  if (found.has('medicare-advantage')) found.delete('original-medicare');
  // A Medicare drug denial from a Medicare Advantage plan with drug coverage is a Part D decision.
  if (found.has('medicare-part-d')) found.delete('medicare-advantage');
  // Medicaid for children is CHIP only when the notice names CHIP; "Medicaid and CHIP" in one breath names neither.
  if (found.has('chip') && found.has('medicaid')) {
    if (said.some((s) => /\bMedicaid\s+(?:and|or|&)\s+CHIP\b|\bCHIP\s+(?:and|or|&)\s+Medicaid\b/i.test(s))) return undefined;
    found.delete('medicaid');
  }
  if (found.has('medicaid')) {
    const head = lines(text)
      .filter((l) => l.trim())
      .slice(0, 4)
      .join('\n');
    const feeForService = said.some((s) =>
      /\bfee-for-service\b|\bnot\s+(?:enrolled\s+in|in|through|from|by)\s+(?:a|any)\s+(?:Medicaid\s+)?(?:managed\s+care|health\s+plan)\b/i.test(s),
    );
    if (feeForService || (STATE_AGENCY.test(head) && !said.some((s) => MANAGED_CARE.test(s)))) {
      found.set('medicaid-fee-for-service', found.get('medicaid')!);
      found.delete('medicaid');
    }
  }
  // A governmental or church plan is an employer's group health plan that ERISA does not cover. Its notice
  // may also say "group health plan", or that it is "not subject to ERISA": it is still the narrower kind
  // (an ERISA plan never calls itself either, and options "if your plan is a church plan" are left out above).
  if (found.has('government-employer') || found.has('church')) found.delete('employer');
  if (found.size !== 1) return undefined;
  const [[value, evidence]] = [...found.entries()] as [[PlanType, string]];
  return { value, evidence };
}
