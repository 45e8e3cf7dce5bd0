import type { ReasonSlug } from '@/lib/content/reasons';
import { addCalendarMonths, addDays, daysBetween, nextBusinessDay, parseIsoDate } from './calendar';
import { formatDate } from './format';
import { checkNotice, isExpedited, isPlanType, rulesFor, SERVICE_TIMINGS, type Clock, type FilingWindow, type PlanType, type ServiceTiming } from './plans';
import { clockWords, spanWords, windowWords } from './plans/describe';
import { ruleKeyFor } from './plans/entries';

/**
 * The deadline engine: turns the date on a denial letter into the patient's deadlines. Every span,
 * citation and certainty comes from the plan-rules module (`lib/appeal/plans`). Pure: `today` is injected.
 */

export type { ServiceTiming };

export type DeadlineInput = {
  planType: PlanType;
  reason?: ReasonSlug;
  /** 'YYYY-MM-DD', the date printed on the denial letter. */
  denialDate: string;
  /** The patient or physician marks it urgent. */
  urgent: boolean;
  timing: ServiceTiming;
  /** Where the state sets the window: the number of days the notice gives. */
  noticeDays?: number;
  /** 'YYYY-MM-DD', injected: the module never reads the clock. */
  today: string;
};

export type Deadline = {
  id: 'appeal-due' | 'decision-expected' | 'next-level' | 'keep-benefits' | 'decision-due' | 'next-level-due';
  /** Plain words for the patient, e.g. 'Your internal appeal is due by'. */
  label: string;
  /** 'YYYY-MM-DD'; null when it depends on an event not yet known (the note says which). */
  date: string | null;
  /** For clocks that run from an event not yet dated: '72 hours', '3 working days'. */
  within?: string;
  citation: string;
  note?: string;
  /** The source is not confirmed, or the state sets the figure: the product says "check your denial notice". */
  checkNotice?: boolean;
  /** Its row on /how-we-count. */
  ruleKey: string;
};

export type DeadlineResult = { deadlines: Deadline[]; warnings: string[]; late: boolean; daysLeft: number | null };

/** The last day of a window that starts on `from` (the date on the notice), or null when the notice must give it. */
export function windowDeadline(from: string, w: FilingWindow, noticeDays?: number): string | null {
  if (!w.span) return noticeDays ? addDays(from, noticeDays) : null;
  let last: string;
  if ('months' in w.span) last = addCalendarMonths(from, w.span.months);
  else if ('days' in w.span) last = addDays(from, w.span.days + (w.countsFrom === 'receipt' ? (w.presumedReceiptDays ?? 0) : 0));
  else throw new Error('a filing window is counted in days or months');
  return w.rollsToBusinessDay ? nextBusinessDay(last) : last;
}

/** The last day to request federal external review: 4 calendar months after the final internal denial. */
export function externalReviewDeadline(finalDenialDate: string): string {
  parseIsoDate(finalDenialDate, 'final denial date');
  const level = rulesFor('individual').nextLevels[0];
  return windowDeadline(finalDenialDate, level!.window!)!;
}

const PLANNING_NOTE = 'Counted from the day your appeal is received. This date assumes it arrives today; each day later moves it a day later.';
const RUNS_STRAIGHT = 'Counted from when your request is received, straight through weekends and holidays.';

function appealLabel(appealName: string): string {
  if (appealName === 'internal appeal' || appealName === 'appeal') return `Your ${appealName} is due by`;
  if (/hearing|review/.test(appealName)) return `Your request for ${/^[aeiou]/i.test(appealName) ? 'an' : 'a'} ${appealName} is due by`;
  return `Your appeal (a “${appealName}”) is due by`;
}

export function computeDeadlines(input: DeadlineInput): DeadlineResult {
  const { planType, denialDate, today, timing, reason } = input;
  parseIsoDate(denialDate, 'denial date');
  parseIsoDate(today, 'today');
  if (!isPlanType(planType)) throw new Error(`Unknown plan type "${String(planType)}".`);
  if (!SERVICE_TIMINGS.includes(timing)) throw new Error(`Unknown service timing "${String(timing)}".`);

  const rules = rulesFor(planType, reason);
  const key = (id: string) => ruleKeyFor(planType, reason, id);
  const warnings: string[] = [];
  const expedited = isExpedited(input);
  if (input.urgent && !expedited) {
    warnings.push(
      timing === 'post-service'
        ? 'A fast (expedited) appeal is for care you have not had yet. An appeal about paying for care you already received is decided on the standard timeline.'
        : (rules.noExpedited ?? `This plan type has no expedited ${rules.appealName}.`),
    );
  }

  const w = rules.appealWindow;
  const appealDue = windowDeadline(denialDate, w, input.noticeDays);
  const deadlines: Deadline[] = [
    {
      id: 'appeal-due',
      label: appealLabel(rules.appealName),
      date: appealDue,
      citation: w.citation,
      note: `${capitalize(windowWords(w, 'denial notice'))}.${appealDue ? '' : ' Enter the number of days your notice gives you, and we will show the date.'}`,
      checkNotice: checkNotice(w.certainty) || !w.span || undefined,
      ruleKey: key('appeal-window'),
    },
  ];
  if (!w.span && input.noticeDays && w.maximum && 'days' in w.maximum && input.noticeDays > w.maximum.days) {
    warnings.push(
      `You entered ${spanWords({ days: input.noticeDays })}, more than the federal maximum of ${spanWords(w.maximum)}. Check the number on your notice: if it is right, your state gives more time.`,
    );
  }

  const keep = rules.continuedCoverage?.deadline;
  if (timing === 'ongoing' && keep && rules.continuedCoverage && 'days' in keep.span) {
    deadlines.push({
      id: 'keep-benefits',
      label: 'To keep your treatment going during the appeal, file by',
      date: addDays(denialDate, keep.span.days),
      citation: rules.continuedCoverage.citation,
      note: `${capitalize(spanWords(keep.span))} from the date on the notice, or by the date the change takes effect if that is later. Ask in your appeal for your benefits to continue. If you lose, the plan may ask you to repay their cost.`,
      checkNotice: checkNotice(rules.continuedCoverage.certainty) || undefined,
      ruleKey: key('keep-benefits'),
    });
  }

  deadlines.push(decisionDeadline(input, expedited, key));

  const next = rules.nextLevels[0];
  if (next) {
    deadlines.push({
      id: 'next-level',
      label: next.automatic ? `${capitalize(next.name.replace(/^(a|an) /, ''))} (automatic)` : `Deadline to ask for ${next.name}`,
      date: null,
      citation: next.window?.citation ?? next.citation,
      note: [
        next.automatic
          ? 'Nothing to file: if the plan upholds its denial, even in part, it must send your case on itself.'
          : next.window
            ? `If the plan upholds its denial: ${windowWords(next.window, 'plan’s decision')}.`
            : 'If the plan upholds its denial, its decision says how and by when to ask.',
        next.onlyFor ? `Only for ${next.onlyFor}.` : '',
        next.who,
      ]
        .filter(Boolean)
        .join(' '),
      checkNotice: checkNotice(next.window?.certainty ?? next.certainty) || (next.window ? !next.window.span : false) || undefined,
      ruleKey: key(`${next.id}-window`),
    });
  }

  if (next && !next.window && next.onlyFor && !next.automatic) {
    warnings.push(`For ${rules.short}, ${next.name} is open only for ${next.onlyFor}. Check your state law and plan documents for any other review.`);
  }

  const daysLeft = appealDue ? daysBetween(today, appealDue) : null;
  const late = daysLeft !== null && daysLeft < 0;
  if (appealDue && daysLeft !== null && late) {
    warnings.push(
      `Your appeal looks late: it was due by ${formatDate(appealDue)}. Plans can accept a late appeal for good cause, so file it anyway, say why it is late, and call your plan to ask them to accept it.`,
    );
  } else if (appealDue && daysLeft !== null && daysLeft < 14) {
    const when = daysLeft === 0 ? 'today' : `in ${spanWords({ days: daysLeft })}`;
    warnings.push(
      `Your appeal is due ${when} (${formatDate(appealDue)}). Send it as soon as you can, by a method you can track, and keep proof of the date it arrived.`,
    );
  }
  if (daysBetween(today, denialDate) > 0) {
    warnings.push(`The denial date you entered, ${formatDate(denialDate)}, is after today. Check the date on your letter: it may be a typo.`);
  }
  return { deadlines: deadlines.map(withoutUndefined), warnings, late, daysLeft };
}

function decisionDeadline(input: DeadlineInput, expedited: boolean, key: (id: string) => string): Deadline {
  const rules = rulesFor(input.planType, input.reason);
  const standardTiming = input.timing === 'post-service' ? 'post-service' : 'pre-service';
  const timing = expedited ? 'urgent' : standardTiming;
  const clock: Clock | null = rules.decisions[timing];
  const base = { id: 'decision-expected' as const, ruleKey: key(`decision-${timing}`) };
  if (!clock) {
    return {
      ...base,
      label: 'The decision is due within',
      date: null,
      within: 'the time your notice gives',
      citation: rules.expedited?.citation ?? rules.appealWindow.citation,
      note: rules.decisions.note ?? 'Your notice gives the time the decision takes.',
      checkNotice: true,
    };
  }
  const notes: string[] = [];
  if (rules.decisions.note) notes.push(rules.decisions.note);
  if (input.planType === 'medicare-advantage' && timing === 'pre-service' && rules.decisions.partBDrug) {
    notes.push(`A request for a Part B drug is decided within ${clockWords(rules.decisions.partBDrug)}.`);
  }
  if ('days' in clock.span) {
    return {
      ...base,
      label: `${capitalize(rules.decider)} should decide your ${rules.appealName} by`,
      date: addDays(input.today, clock.span.days),
      citation: clock.citation,
      note: [`${capitalize(clockWords(clock))}. ${PLANNING_NOTE}`, ...notes].join(' '),
      checkNotice: checkNotice(clock.certainty) || undefined,
    };
  }
  const standard = rules.decisions[standardTiming];
  if (standard && expedited) notes.unshift(`If the plan does not treat it as urgent: ${clockWords(standard)}.`);
  if (expedited && rules.concurrentExpeditedExternal) notes.push('You can ask for an expedited external review at the same time as this expedited appeal.');
  return {
    ...base,
    label: `${capitalize(rules.decider)} should decide your ${rules.appealName} within`,
    date: null,
    within: clockWords(clock),
    citation: clock.citation,
    note: ['hours' in clock.span ? RUNS_STRAIGHT : 'Counted from when the request is received.', ...notes].join(' '),
    checkNotice: checkNotice(clock.certainty) || undefined,
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withoutUndefined = (d: Deadline): Deadline => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Deadline;
