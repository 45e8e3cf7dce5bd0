import { formatDate } from './format';
import { addCalendarMonths, addDays, daysBetween, nextBusinessDay, parseIsoDate } from './calendar';
import { PLAN_TYPES, type PlanType } from './plan-types';
import { PLAN_RULES } from './rules';

/**
 * The deadline engine: turns the date on a denial letter into the patient's deadlines, with their sources
 * (BRIEF.md "Appeal rules by plan type"; APPEAL-RULES.md §0 for how days are counted). Pure: `today` is injected.
 */

export type ServiceTiming = 'pre-service' | 'post-service' | 'ongoing';

export type DeadlineInput = {
  planType: PlanType;
  /** 'YYYY-MM-DD', the date printed on the denial letter. */
  denialDate: string;
  /** The patient or physician marks it urgent (expedited). */
  urgent: boolean;
  timing: ServiceTiming;
  /** 'YYYY-MM-DD', injected: the module never reads the clock. */
  today: string;
};

export type Deadline = {
  id: 'appeal-due' | 'decision-expected' | 'external-review' | 'expedited-decision' | string;
  /** Plain words for the patient, e.g. 'Your internal appeal is due by'. */
  label: string;
  /** 'YYYY-MM-DD'; null when it depends on an event not yet known (the note says which). */
  date: string | null;
  /** For hour clocks (72); then date is null, since the clock starts when the plan receives the request. */
  hours?: number;
  citation: string;
  note?: string;
  /** APPEAL-RULES.md marks the figure [S] or [U] (or it varies by plan): the product says "check your denial notice". */
  checkNotice?: boolean;
};

export type DeadlineResult = { deadlines: Deadline[]; warnings: string[]; late: boolean; daysLeft: number };

type Span = { days: number } | { months: number };
type Clock = { days: number } | { hours: number };
type Rule<T> = { span: T; citation: string; label?: string; note?: string; checkNotice?: boolean };

const FROM_LETTER = 'The rule counts from when you received the denial; we count from the date on the letter, which is never later.';
const MEDICARE_65 =
  'The rule gives 60 days after you receive the notice and presumes you received it 5 days after its date: 65 days from the date on the notice (the 5 days are already included). The plan must receive your request by this date.';

/** Filing the first appeal. Citations come from rules.ts so the guide pages and the engine cannot drift apart. */
const APPEAL_DUE: Record<PlanType, Rule<Span>> = {
  employer: { span: { days: 180 }, citation: PLAN_RULES.employer.fileCitation, note: FROM_LETTER },
  individual: { span: { days: 180 }, citation: PLAN_RULES.individual.fileCitation, note: FROM_LETTER },
  grandfathered: {
    span: { days: 180 },
    citation: PLAN_RULES.grandfathered.fileCitation,
    note: `180 days is the federal floor for employer plans. ${FROM_LETTER} A grandfathered plan that is not an employer plan follows its own documents and state law.`,
    checkNotice: true, // [V] for employer plans only, and we cannot tell which kind this is
  },
  'medicare-advantage': {
    span: { days: 65 },
    citation: PLAN_RULES['medicare-advantage'].fileCitation,
    label: 'Your appeal (a "reconsideration") is due by',
    note: MEDICARE_65,
    checkNotice: true, // 422.582(b)(1) presumption is [S]; CMS's 65 days is [V]
  },
  'medicare-part-d': {
    span: { days: 65 },
    citation: PLAN_RULES['medicare-part-d'].fileCitation,
    label: 'Your appeal (a "redetermination") is due by',
    note: MEDICARE_65,
  },
  medicaid: {
    span: { days: 60 },
    citation: PLAN_RULES.medicaid.fileCitation,
    label: 'Your appeal is due by',
    note: '60 calendar days from the date on the notice, not from when you received it.',
    checkNotice: true, // [S]
  },
  fehb: {
    // No source says what "6 months" means from a day the 6th month lacks (Aug 31); we use the only month rule in the
    // sources, 147.136(d)(2)(i)'s "1st day of the next month", without its weekend/holiday roll-forward.
    span: { months: 6 },
    citation: PLAN_RULES.fehb.fileCitation,
    label: 'Your request for reconsideration is due by',
    note: '6 calendar months from the date of the carrier’s notice. The carrier can extend it for circumstances beyond your control.',
  },
};

type Track = 'urgent' | 'pre-service' | 'post-service';

const ERISA_DECISION = '29 CFR 2560.503-1(i)(2)';
const TWO_LEVELS = 'If your plan has two appeal levels, each level has half the time (15 days before the service, 30 days after).';
const erisaClocks = (citation: string, note?: string): Record<Track, Rule<Clock>> => ({
  urgent: { span: { hours: 72 }, citation },
  'pre-service': { span: { days: 30 }, citation, note },
  'post-service': { span: { days: 60 }, citation, note },
});
const FEHB_BROCHURE = 'FEHB carrier brochure (not set by 5 CFR 890.105)';

/** The plan's decision on the appeal, counted from when the plan receives it. */
const DECISION: Record<PlanType, Record<Track, Rule<Clock>>> = {
  employer: erisaClocks(ERISA_DECISION, TWO_LEVELS),
  individual: erisaClocks(`${ERISA_DECISION}; 45 CFR 147.136(b)(3)`),
  grandfathered: erisaClocks(ERISA_DECISION, TWO_LEVELS),
  'medicare-advantage': {
    urgent: { span: { hours: 72 }, citation: '42 CFR 422.590' },
    'pre-service': { span: { days: 30 }, citation: '42 CFR 422.590', note: 'A request for a Part B drug is decided within 7 days.' },
    'post-service': { span: { days: 60 }, citation: '42 CFR 422.590' },
  },
  'medicare-part-d': {
    urgent: { span: { hours: 72 }, citation: '42 CFR 423.590' },
    'pre-service': { span: { days: 7 }, citation: '42 CFR 423.590' },
    'post-service': { span: { days: 14 }, citation: '42 CFR 423.590' },
  },
  medicaid: {
    urgent: { span: { hours: 72 }, citation: '42 CFR 438.408(b)(3)', checkNotice: true },
    'pre-service': { span: { days: 30 }, citation: '42 CFR 438.408(b)(2)', checkNotice: true },
    'post-service': { span: { days: 30 }, citation: '42 CFR 438.408(b)(2)', checkNotice: true },
  },
  fehb: {
    urgent: { span: { hours: 72 }, citation: FEHB_BROCHURE, checkNotice: true },
    'pre-service': { span: { days: 30 }, citation: '5 CFR 890.105(b)(2)' },
    'post-service': { span: { days: 30 }, citation: '5 CFR 890.105(b)(2)' },
  },
};

const ACA_EXTERNAL =
  'Within 4 calendar months of the day you receive the plan’s final decision on your appeal: the same date 4 months later, moved to the next business day if it falls on a weekend or federal holiday. We can work out the exact date once you have that letter. An insured plan may use your state’s process, which can allow more time.';

/** The next step if the plan upholds its denial; none of these dates can be known until that decision exists. */
const EXTERNAL: Record<PlanType, Omit<Rule<null>, 'span'> & { label: string }> = {
  employer: { label: 'Deadline to ask for an independent external review', citation: PLAN_RULES.employer.externalCitation, note: ACA_EXTERNAL },
  individual: { label: 'Deadline to ask for an independent external review', citation: PLAN_RULES.individual.externalCitation, note: ACA_EXTERNAL },
  grandfathered: {
    label: 'Independent external review',
    citation: PLAN_RULES.grandfathered.externalCitation,
    note: 'Grandfathered plans have no federal right to external review, except for surprise-billing disputes under the No Surprises Act. Your state law or plan documents may still give you one.',
    checkNotice: true,
  },
  'medicare-advantage': {
    label: 'Independent review (automatic)',
    citation: PLAN_RULES['medicare-advantage'].externalCitation,
    note: 'Nothing to file: if the plan upholds its denial, even in part, it must send your case to the Independent Review Entity itself.',
  },
  'medicare-part-d': {
    label: 'Deadline to ask the Independent Review Entity',
    citation: PLAN_RULES['medicare-part-d'].externalCitation,
    note: 'If the plan upholds its denial, you or your prescriber must ask the Independent Review Entity within 60 days of receiving that decision (about 65 days from its date). It is not automatic.',
    checkNotice: true, // [S]
  },
  medicaid: {
    label: 'Deadline to ask for a State fair hearing',
    citation: PLAN_RULES.medicaid.externalCitation,
    note: 'If the plan upholds its denial, ask for a State fair hearing within your state’s window: 90 to 120 days from the date of the plan’s decision, depending on the state. The decision letter gives the exact deadline.',
    checkNotice: true, // [S]
  },
  fehb: {
    label: 'Deadline to ask OPM to review',
    citation: PLAN_RULES.fehb.externalCitation,
    note: 'If the carrier upholds its denial, ask the Office of Personnel Management (OPM) to review it within 90 days of the date of the carrier’s decision.',
  },
};

const ERISA_EXPEDITED = '29 CFR 2560.503-1(i)(2)(i), (m)(1)';
const EXPEDITED: Record<PlanType, { citation: string; checkNotice?: boolean; concurrentExternal?: boolean }> = {
  employer: { citation: ERISA_EXPEDITED, concurrentExternal: true },
  individual: { citation: `${ERISA_EXPEDITED}; 45 CFR 147.136(b)(3)`, concurrentExternal: true },
  grandfathered: { citation: ERISA_EXPEDITED },
  'medicare-advantage': { citation: '42 CFR 422.590(e)' },
  'medicare-part-d': { citation: '42 CFR 423.590' },
  medicaid: { citation: '42 CFR 438.408(b)(3)', checkNotice: true },
  fehb: { citation: FEHB_BROCHURE, checkNotice: true },
};

const PLANNING_NOTE = 'Counted from the day the plan receives your appeal. This date assumes it arrives today; each day later moves it a day later.';
const HOURS_NOTE = 'Counted from when the plan receives your request, straight through weekends and holidays.';

/** The last day to request federal external review: 4 calendar months after the final internal denial (45 CFR 147.136(d)(2)(i)). */
export function externalReviewDeadline(finalDenialDate: string): string {
  parseIsoDate(finalDenialDate, 'final denial date');
  return nextBusinessDay(addCalendarMonths(finalDenialDate, 4));
}

const addSpan = (iso: string, span: Span) => ('months' in span ? addCalendarMonths(iso, span.months) : addDays(iso, span.days));
const withoutUndefined = (d: Deadline): Deadline =>
  Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Deadline;
const dayCount = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export function computeDeadlines(input: DeadlineInput): DeadlineResult {
  const { planType, denialDate, today, timing } = input;
  parseIsoDate(denialDate, 'denial date');
  parseIsoDate(today, 'today');
  if (!PLAN_TYPES.includes(planType)) throw new Error(`Unknown plan type "${String(planType)}".`);
  if (!['pre-service', 'post-service', 'ongoing'].includes(timing)) throw new Error(`Unknown service timing "${String(timing)}".`);

  const warnings: string[] = [];
  // Expedited review is for care not yet received; a claim for payment is decided on the standard clock.
  const urgent = input.urgent && timing !== 'post-service';
  if (input.urgent && !urgent) {
    warnings.push('Fast (72-hour) review is for care you have not had yet. An appeal about paying for care you already received is decided on the standard timeline.');
  }
  const track: Track = urgent ? 'urgent' : timing === 'post-service' ? 'post-service' : 'pre-service';

  const filing = APPEAL_DUE[planType];
  const appealDue = addSpan(denialDate, filing.span);
  const deadlines: Deadline[] = [
    {
      id: 'appeal-due',
      label: filing.label ?? 'Your internal appeal is due by',
      date: appealDue,
      citation: filing.citation,
      note: filing.note,
      checkNotice: filing.checkNotice,
    },
  ];

  if (planType === 'medicaid' && timing === 'ongoing') {
    deadlines.push({
      id: 'keep-benefits',
      label: 'To keep your treatment going during the appeal, file by',
      date: addDays(denialDate, 10),
      citation: '42 CFR 438.420',
      note: 'To keep getting a service the plan is reducing or stopping, file within 10 days of the notice (or by the date the change takes effect, if later) and ask for your benefits to continue. If you lose, the plan may ask you to repay their cost.',
      checkNotice: true,
    });
  }

  if (urgent) {
    const expedited = EXPEDITED[planType];
    deadlines.push({
      id: 'expedited-decision',
      label: 'If your appeal is expedited, the plan must decide within',
      date: null,
      hours: 72,
      citation: expedited.citation,
      note: `${HOURS_NOTE}${expedited.concurrentExternal ? ' You can ask for an expedited external review at the same time as this expedited appeal.' : ''}`,
      checkNotice: expedited.checkNotice,
    });
  }

  const decision = DECISION[planType][track];
  const standard = DECISION[planType][timing === 'post-service' ? 'post-service' : 'pre-service'];
  if ('hours' in decision.span) {
    const fallback = 'days' in standard.span ? ` If the plan does not treat it as urgent: ${dayCount(standard.span.days)}.` : '';
    deadlines.push({
      id: 'decision-expected',
      label: 'The plan should decide your appeal within',
      date: null,
      hours: decision.span.hours,
      citation: decision.citation,
      note: `${HOURS_NOTE}${fallback}`,
      checkNotice: decision.checkNotice,
    });
  } else {
    deadlines.push({
      id: 'decision-expected',
      label: 'The plan should decide your appeal by',
      date: addDays(today, decision.span.days),
      citation: decision.citation,
      note: [`${dayCount(decision.span.days)}. ${PLANNING_NOTE}`, decision.note].filter(Boolean).join(' '),
      checkNotice: decision.checkNotice,
    });
  }

  const external = EXTERNAL[planType];
  deadlines.push({ id: 'external-review', label: external.label, date: null, citation: external.citation, note: external.note, checkNotice: external.checkNotice });

  const daysLeft = daysBetween(today, appealDue);
  const late = daysLeft < 0;
  if (late) {
    warnings.push(
      `Your appeal looks late: it was due by ${formatDate(appealDue)}. Plans can accept a late appeal for good cause, so file it anyway, say why it is late, and call your plan to ask them to accept it.`,
    );
  } else if (daysLeft < 14) {
    const when = daysLeft === 0 ? 'today' : `in ${dayCount(daysLeft)}`;
    warnings.push(`Your appeal is due ${when} (${formatDate(appealDue)}). Send it as soon as you can, by a method you can track, and keep proof of the date it arrived.`);
  }
  if (daysBetween(today, denialDate) > 0) {
    warnings.push(`The denial date you entered, ${formatDate(denialDate)}, is after today. Check the date on your letter: it may be a typo.`);
  }
  if (planType === 'grandfathered') {
    warnings.push('Grandfathered plans have no federal right to external review (except surprise-billing disputes under the No Surprises Act). Check your state law and plan documents.');
  }

  return { deadlines: deadlines.map(withoutUndefined), warnings, late, daysLeft };
}
