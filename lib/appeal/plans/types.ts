import type { ReasonSlug } from '@/lib/content/reasons';
import type { PlanType } from './plan-types';

/**
 * How sure the source is (APPEAL-RULES.md labels): `verified` was read in the regulation, statute or agency
 * text; `secondary` rests on consistent secondary sources; `unconfirmed` could not be confirmed. Anything
 * but `verified` makes the product say "check your notice" beside the figure.
 */
export type Certainty = 'verified' | 'secondary' | 'unconfirmed';

export type Span = { days: number } | { months: number } | { hours: number } | { businessDays: number } | { workingDays: number };

/** What a filing window counts from. */
export type CountsFrom = 'receipt' | 'notice-date' | 'mailing-date';

export type FilingWindow = {
  /** null when the state (or plan) sets the number: the patient's notice gives it. */
  span: Span | null;
  countsFrom: CountsFrom;
  /** The rule presumes the notice arrived this many days after its date. */
  presumedReceiptDays?: number;
  /** A last day on a weekend or federal holiday moves to the next business day. */
  rollsToBusinessDay?: boolean;
  /** `received`: it must arrive by the last day; `mailed`: the postmark counts. */
  filedWhen?: 'received' | 'mailed';
  /** Where a state sets the window: the federal bounds, shown only as bounds. */
  minimum?: Span;
  maximum?: Span;
  citation: string;
  certainty: Certainty;
};

export type Clock = {
  span: Span;
  citation: string;
  certainty: Certainty;
  /** An extension the rule allows the plan, and when. */
  extension?: { span: Span; citation: string; certainty: Certainty; when: string };
  /** When the clock starts, if not when the request arrives. */
  startsWhen?: string;
};

/** The plan's clock to decide the first appeal. null: the notice states it (no sourced federal figure). */
export type DecisionClocks = {
  urgent: Clock | null;
  'pre-service': Clock | null;
  'post-service': Clock | null;
  /** A note that applies to every clock (two-level plans, Part B drugs). */
  note?: string;
  /** The Part B drug clock of a Medicare Advantage plan. */
  partBDrug?: Clock;
};

export type LevelId =
  'external-review' | 'ire' | 'state-fair-hearing' | 'opm-review' | 'qic' | 'alj' | 'formal-review' | 'second-reconsideration' | 'hearing' | 'court';

/** A level after the first appeal. */
export type Level = {
  id: LevelId;
  /** "independent external review", "a State fair hearing" */
  name: string;
  /** Who decides it, in plain words. */
  who: string;
  /** The plan sends the case on without a request. */
  automatic: boolean;
  /** Counted from the decision at the level before; null when it depends on something we cannot know. */
  window: FilingWindow | null;
  decision?: { standard?: Clock; expedited?: Clock };
  /** When the level is open only for some disputes, in plain words. */
  onlyFor?: string;
  /** What the patient can do if this level misses its own deadline. */
  whenLate?: Right & { text: string; letter?: (cite: Cite) => string };
  citation: string;
  certainty: Certainty;
};

/** A right the patient has, with where it is written. */
export type Right = { citation: string; certainty: Certainty };

export type PlanRules = {
  type: PlanType;
  /** As the form lists it. */
  label: string;
  /** "private employer plans", for sentences. */
  short: string;
  /** How a patient recognizes it. */
  recognize: string;
  /** Who regulates it, in plain words. */
  regulator: string;
  /** The law that applies, in a few words, with the excluded ones named in tests. */
  erisa: boolean;
  /** Who decides the first appeal, for sentences: "the plan", "the carrier", "Medicare’s contractor". */
  decider: string;
  /** What the first appeal is called, and the decision it appeals. */
  appealName: string;
  decisionName: string;
  /** Who hears the first appeal, when it is not the plan (a State fair hearing). */
  firstLevelWith?: string;
  appealWindow: FilingWindow;
  decisions: DecisionClocks;
  /** Whether the first appeal can be expedited; null when the plan type has no expedited appeal. */
  expedited: (Right & { when: string }) | null;
  /** Where an urgent case goes instead, when there is no expedited appeal. */
  noExpedited?: string;
  /** Drug exception clocks for the reasons they cover. */
  drugExceptions?: {
    reasons: ReasonSlug[];
    standard: Clock;
    expedited: Clock;
    /** "the Part D exceptions process", and where it is written. */
    basis: string;
    citation: string;
    /** The prescriber's statement is part of the request (Part D). */
    prescriberStatement?: boolean;
  };
  nextLevels: Level[];
  /** An expedited external review can run at the same time as the expedited internal appeal. */
  concurrentExpeditedExternal?: Right;
  /**
   * What happens when the plan misses its own rules or deadlines. `patient`: the patient may go on to the next
   * level (and we draft the letter); `plan`: the plan must send the case on itself.
   */
  deemedExhaustion?: Right & { text: string; action: 'patient' | 'plan' };
  /** When there is no such rule: what the patient can do instead. */
  whenLate?: string;
  /** Coverage continues during the appeal of an ongoing treatment. */
  continuedCoverage?: Right & {
    /** `required`: coverage must continue; `on-request`: the patient must ask for it in time. */
    kind: 'required' | 'on-request';
    deadline?: { span: Span; countsFrom: CountsFrom };
  };
  rights: {
    claimFile?: Right;
    criteria?: Right;
    experts?: Right;
    fairReviewer?: Right;
    fullReview?: Right;
    noDeference?: Right;
    newEvidence?: Right;
    /** What "relevant" documents include (ERISA's definition). */
    relevant?: Right;
    /** The clinical judgment behind a medical-necessity or experimental denial. */
    clinicalJudgment?: Right;
    /** The diagnosis and treatment codes, and the denial code with its meaning, on request. */
    codes?: Right;
  };
  /** Plan-specific sentences of the letter; every citation in them comes from citations.ts. */
  letter: {
    /** The opening of the legal basis: which law governs this plan. */
    governingLaw: (cite: Cite) => string;
    /** "…that {patient} is entitled to appeal under …" */
    appealRight: (patient: string, cite: Cite) => string;
    /** The rule that makes the plan expedite when the physician says so; [] when none applies. */
    expedited: (patient: string, cite: Cite) => string[];
    /** When the plan missed its deadline and the patient may act: what the letter says the rule lets them do. */
    missedDeadline?: (cite: Cite) => string;
  };
  /** Said to the patient beside every letter for this plan type. */
  letterWarnings?: string[];
  /** Rules that differ by denial reason (TRICARE's medical-necessity track). */
  byReason?: Partial<Record<ReasonSlug, Track>>;
};

/** The part of a plan's rules a denial reason can change, and the track's name. */
export type Track = Partial<Pick<PlanRules, 'appealWindow' | 'decisions' | 'nextLevels' | 'expedited' | 'noExpedited'>> & { track: string };

export type Cite = (ref: string) => string;
