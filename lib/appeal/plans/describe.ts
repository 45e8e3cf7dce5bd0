import type { Clock, FilingWindow, Span } from './types';

/**
 * The rules in words, built from the numbers in the plan files, so no sentence anywhere restates a
 * number of days by hand.
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function spanWords(span: Span): string {
  if ('days' in span) return plural(span.days, 'day');
  if ('months' in span) return plural(span.months, 'calendar month');
  if ('hours' in span) return plural(span.hours, 'hour');
  if ('businessDays' in span) return plural(span.businessDays, 'business day');
  return plural(span.workingDays, 'working day');
}

/** The window in days from the date printed on the notice, where it is a whole number of days. */
export function daysFromNotice(w: FilingWindow): number | undefined {
  if (!w.span || !('days' in w.span)) return undefined;
  return w.span.days + (w.countsFrom === 'receipt' ? (w.presumedReceiptDays ?? 0) : 0);
}

/** "65 days", "4 calendar months", or "the time your notice gives": for tight spaces. */
export function shortWindow(w: FilingWindow): string {
  if (!w.span) return 'the time your notice gives';
  const days = daysFromNotice(w);
  return days === undefined ? spanWords(w.span) : plural(days, 'day');
}

/**
 * The whole rule: how long, from what, and how the last day is found. `doc` names the paper the clock
 * starts from ("denial notice", "plan's decision").
 */
export function windowWords(w: FilingWindow, doc = 'notice'): string {
  const parts = [windowSpanWords(w, doc)];
  if (w.rollsToBusinessDay) parts.push('a last day on a weekend or federal holiday moves to the next business day');
  if (w.filedWhen === 'mailed') parts.push('it counts as filed on the day it is postmarked');
  if (w.filedWhen === 'received') parts.push('it must arrive by the last day');
  return parts.join('; ');
}

function fromWords(w: FilingWindow, doc: string): string {
  if (w.countsFrom === 'mailing-date') return `the date the ${doc} was mailed`;
  if (w.countsFrom === 'notice-date') return `the date on the ${doc}`;
  return `when you receive the ${doc}`;
}

function windowSpanWords(w: FilingWindow, doc: string): string {
  if (!w.span) {
    const bounds =
      w.minimum && w.maximum
        ? ` (federal rules require at least ${spanWords(w.minimum)} and allow up to ${spanWords(w.maximum)} from ${fromWords(w, doc)})`
        : w.maximum
          ? ` (the federal rule allows at most ${spanWords(w.maximum)} from ${fromWords(w, doc)}; your state may allow less)`
          : '';
    return `the deadline your state sets, which the ${doc} must give you${bounds}`;
  }
  const span = spanWords(w.span);
  if (w.countsFrom !== 'receipt') return `${span} from ${fromWords(w, doc)}`;
  const total = daysFromNotice(w);
  if (w.presumedReceiptDays && total !== undefined) {
    return `${span} after you receive the ${doc}; the rule presumes you received it ${plural(w.presumedReceiptDays, 'day')} after its date, so ${plural(total, 'day')} from the date on the ${doc}`;
  }
  return `${span} from when you receive the ${doc} (we count from the date on it, which is never later)`;
}

/** "72 hours", with the extension the rule allows. */
export function clockWords(c: Clock): string {
  const start = c.startsWhen ? `, counted from ${c.startsWhen}` : '';
  const extension = c.extension ? `; the plan may take up to ${spanWords(c.extension.span)} more ${c.extension.when}` : '';
  return `${spanWords(c.span)}${start}${extension}`;
}
