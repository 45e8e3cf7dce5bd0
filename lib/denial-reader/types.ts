import type { NoticeItem } from '@/lib/appeal/plans/notice';
import type { PlanType } from '@/lib/appeal/plans/plan-types';
import type { ReasonSlug } from '@/lib/content/reasons';

/** A value read from the letter, with the snippet it was read from ("read from your letter"). */
export type Found<T> = { value: T; evidence: string };

/** An insurer or drug found by one of its names: `value` is its slug, `name` the name the letter used (catalog spelling). */
export type NamedFound = Found<string> & { name: string };

/** One insurer or drug/service the app knows, with every name a letter may use for it. */
export type CatalogEntry = { slug: string; names: string[] };

/**
 * What the reader can recognize by name. The app builds it from content/insurers, content/benefit-managers
 * and content/drugs. A benefit manager (CVS Caremark, eviCore) is never an insurer: it decides for a plan.
 */
export type DenialCatalog = { insurers: CatalogEntry[]; benefitManagers: CatalogEntry[]; drugs: CatalogEntry[] };

export type DenialReading = {
  /** False for a letter that is not a denial (an approval, a plain EOB with nothing denied). */
  isDenial: boolean;
  /** A decision that approves part of the request and denies the rest (4 of 8 vials, 8 of 24 visits). */
  partial: boolean;
  /** False for a letter not in English: nothing else is read from it (our patterns are English). */
  english: boolean;
  /** The plan: the insurer named as the plan, never the benefit manager that wrote on its behalf. */
  insurer?: NamedFound;
  /** The pharmacy or radiology benefit manager that decided for the plan, when the letter names one. */
  benefitManager?: NamedFound;
  drug?: NamedFound;
  reason?: Found<ReasonSlug>;
  /** The sentence that states the reason in the letter's own words; none when only a code gave it. */
  reasonWords?: Found<string>;
  /** 'YYYY-MM-DD', the date of the letter itself (never the date of service). */
  letterDate?: Found<string>;
  /** 'YYYY-MM-DD', only when the letter states one date of service. */
  serviceDate?: Found<string>;
  claimNumber?: Found<string>;
  /** From a labeled line ("Patient:", "Member name:"), never the subscriber or the salutation. */
  patientName?: Found<string>;
  memberId?: Found<string>;
  /** Where to send an appeal, one address line per line; only when the letter introduces it as such. */
  appealsAddress?: Found<string>;
  /** Claim adjustment reason codes seen, e.g. 'CO-197'; a code given without a group is kept bare, e.g. '50'. */
  codes: string[];
  /** Coverage criteria the letter quotes, trimmed. */
  criteria: string[];
  /** What kind of plan the notice's own words suggest; a hint for the patient to confirm, never a filled answer. */
  planTypeHint?: Found<PlanType>;
  /** What a denial notice must contain that this one does contain (lib/appeal/plans/notice.ts says what each plan type owes). */
  noticeItems: NoticeItem[];
  /** A decision on an appeal rather than a first denial (a reconsideration upheld): the notice check does not apply. */
  appealDecision: boolean;
};
