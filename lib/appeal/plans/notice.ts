import type { ReasonSlug } from '@/lib/content/reasons';
import * as C from './citations';
import type { PlanType } from './plan-types';
import type { Certainty } from './types';

/**
 * What a denial notice must contain, by plan type, each item with where it is written. The reader checks a
 * pasted notice against these (lib/denial-reader/notice-check.ts); what it cannot find goes into the
 * claim-file request by name.
 */
/** Every item a denial notice may owe, by id. */
export const NOTICE_ITEMS = [
  'specific-reason',
  'plan-provision',
  'info-needed',
  'appeal-steps',
  'criteria',
  'clinical-judgment',
  'expedited',
  'claim-identity',
  'codes-on-request',
  'denial-code',
  'external-review',
  'consumer-assistance',
  'fair-hearing',
  'continued-benefits',
] as const;
export type NoticeItem = (typeof NOTICE_ITEMS)[number];

export type NoticeRequirement = {
  item: NoticeItem;
  /** What the notice must include, as the claim-file request asks for it. */
  text: string;
  citation: string;
  certainty: Certainty;
  /** Only for these denial reasons (the clinical-judgment item). */
  reasons?: ReasonSlug[];
  /** Only when the decision stops or reduces care already under way (continuing benefits during the appeal). */
  ongoingOnly?: boolean;
};

const req = (item: NoticeItem, text: string, citation: string, certainty: Certainty = 'verified', reasons?: ReasonSlug[]): NoticeRequirement => ({
  item,
  text,
  citation,
  certainty,
  ...(reasons ? { reasons } : {}),
});

const JUDGMENT_REASONS: ReasonSlug[] = ['medical-necessity', 'experimental'];

/** The ERISA claims procedure's notice contents (29 CFR 2560.503-1(g)(1)), here or as another rule incorporates them. */
function claimsProcedure(certainty: Certainty): NoticeRequirement[] {
  return [
    req('specific-reason', 'the specific reason for the denial', C.ERISA_NOTICE_REASON, certainty),
    req('plan-provision', 'the specific plan provision the denial is based on', C.ERISA_NOTICE_PROVISION, certainty),
    req('info-needed', 'what additional information would help the claim, and why', C.ERISA_NOTICE_INFO_NEEDED, certainty),
    req('appeal-steps', 'the plan’s appeal procedures and their time limits', C.ERISA_NOTICE_PROCEDURES, certainty),
    req('criteria', 'the internal rule, guideline or criterion relied on, or a statement that a copy is free on request', C.ERISA_NOTICE_CRITERIA, certainty),
    req(
      'clinical-judgment',
      'the scientific or clinical judgment for the decision, or a statement that it is free on request',
      C.ERISA_CLINICAL_JUDGMENT,
      certainty,
      JUDGMENT_REASONS,
    ),
  ];
}

/** The ACA additions to the notice (PHSA §2719 rules), in the regulation that applies to the plan type. */
function acaAdditions(citation: string, certainty: Certainty): NoticeRequirement[] {
  return [
    req('claim-identity', 'enough to identify the claim: the date of service, the provider and the amount', citation, certainty),
    req('codes-on-request', 'a statement that the diagnosis and treatment codes and their meanings are available on request', citation, certainty),
    req('denial-code', 'the denial code and its meaning', citation, certainty),
    req('external-review', 'how to ask for an internal appeal and an independent external review', citation, certainty),
    req('consumer-assistance', 'how to reach the office of health insurance consumer assistance or ombudsman', citation, certainty),
  ];
}

export const NOTICE_REQUIREMENTS: Record<PlanType, NoticeRequirement[]> = {
  employer: [...claimsProcedure('verified'), ...acaAdditions(C.DOL_ACA_NOTICE, 'verified')],
  'government-employer': [...claimsProcedure('verified'), ...acaAdditions(C.HHS_GROUP_NOTICE, 'verified')],
  church: [...claimsProcedure('secondary'), ...acaAdditions(C.TREASURY_APPEALS, 'secondary')],
  // Individual coverage follows the group-plan notice rules of 45 CFR 147.136(b)(2)(ii)(E), applied by (b)(3).
  individual: [...claimsProcedure('verified'), ...acaAdditions(C.HHS_GROUP_NOTICE, 'verified')],
  grandfathered: claimsProcedure('verified'),
  fehb: [],
  'medicare-advantage': [
    req('specific-reason', 'the specific reason for the denial', C.MA_NOTICE, 'secondary'),
    req('appeal-steps', 'your right to a reconsideration and how to ask for it', C.MA_NOTICE, 'secondary'),
    req('expedited', 'how to ask for a fast (expedited) reconsideration', C.MA_NOTICE, 'secondary'),
  ],
  'medicare-part-d': [
    req('specific-reason', 'the specific reason for the denial', C.PART_D_NOTICE, 'secondary'),
    req('appeal-steps', 'your right to a redetermination and how to ask for it', C.PART_D_NOTICE, 'secondary'),
    req('expedited', 'how to ask for a fast (expedited) redetermination', C.PART_D_NOTICE, 'secondary'),
  ],
  'original-medicare': [],
  medicaid: [
    req('specific-reason', 'the reasons for the decision', C.MEDICAID_NOTICE_REASONS, 'verified'),
    req(
      'criteria',
      'your right to free copies of the documents relevant to the decision, including the medical necessity criteria',
      C.MEDICAID_NOTICE_REASONS,
      'verified',
    ),
    req('appeal-steps', 'your right to appeal to the plan and how to do it', C.MEDICAID_NOTICE_APPEAL_RIGHT, 'secondary'),
    req('expedited', 'when and how to ask for a fast (expedited) appeal', C.MEDICAID_NOTICE_EXPEDITED, 'secondary'),
    {
      ...req('continued-benefits', 'your right to keep your benefits during the appeal, and how to ask', C.MEDICAID_NOTICE_CONTINUATION, 'secondary'),
      ongoingOnly: true,
    },
  ],
  'medicaid-fee-for-service': [
    req('specific-reason', 'the reasons for the action', C.FAIR_HEARING_NOTICE, 'verified'),
    req('fair-hearing', 'your right to a State fair hearing and how to ask for one', C.FAIR_HEARING_NOTICE, 'verified'),
    req('continued-benefits', 'when Medicaid continues if you ask for a hearing', C.FAIR_HEARING_NOTICE, 'verified'),
  ],
  chip: [
    req('specific-reason', 'the reasons for the decision', C.CHIP_NOTICE, 'verified'),
    req('appeal-steps', 'your right to a review and how to ask for it', C.CHIP_NOTICE, 'verified'),
    req('expedited', 'the standard and expedited time frames for the review', C.CHIP_NOTICE, 'verified'),
  ],
  tricare: [],
};

/** From this date, CMS-0057-F requires impacted payers to give a specific reason when they deny a prior authorization for an item or service (not a drug). */
export const SPECIFIC_REASON_RULE_FROM = '2026-01-01';
const IMPACTED_PAYERS: readonly PlanType[] = ['medicare-advantage', 'medicaid', 'medicaid-fee-for-service', 'chip'];

export type NoticeContext = {
  reason?: ReasonSlug;
  /** A prior-authorization decision on an item or service, not a drug (a request decided before the care). */
  nonDrugPriorAuthorization?: boolean;
  /** The date on the notice, 'YYYY-MM-DD'. */
  noticeDate?: string;
  /** Whether the care was still to come, already given, or under way and now cut. */
  timing?: 'pre-service' | 'post-service' | 'ongoing';
};

/** The notice items this plan type owes for this reason; the specific-reason rule of CMS-0057-F for a non-drug prior authorization decided from 2026. */
export function noticeRequirements(planType: PlanType, ctx: NoticeContext = {}): NoticeRequirement[] {
  const list = NOTICE_REQUIREMENTS[planType].filter(
    (r) => (!r.reasons || (ctx.reason && r.reasons.includes(ctx.reason))) && (!r.ongoingOnly || ctx.timing === 'ongoing'),
  );
  const inForce = !ctx.noticeDate || ctx.noticeDate >= SPECIFIC_REASON_RULE_FROM;
  if (IMPACTED_PAYERS.includes(planType) && ctx.nonDrugPriorAuthorization && inForce) {
    list.push(req('specific-reason', 'a specific reason for denying the prior authorization, not a general one', C.CMS_0057_F, 'secondary'));
  }
  return list;
}

/** The plan types whose notice rules we check; for the others we say so rather than pass a notice we cannot judge. */
export const noticeRulesKnown = (planType: PlanType) => NOTICE_REQUIREMENTS[planType].length > 0;

/**
 * What the notice owed and did not contain: each requirement whose item the reader did not find in it.
 * One requirement per item and rule (the CMS-0057-F specific-reason rule stands beside the plan's own).
 */
export function missingFromNotice(planType: PlanType, present: readonly NoticeItem[], ctx: NoticeContext = {}): NoticeRequirement[] {
  const found = new Set(present);
  const specificReasonSeen = found.has('specific-reason');
  return noticeRequirements(planType, ctx).filter((r) => {
    // A notice that gives only a general reason fails the CMS-0057-F rule even when it gives one.
    if (r.citation === C.CMS_0057_F) return !specificReasonSeen;
    return !found.has(r.item);
  });
}
