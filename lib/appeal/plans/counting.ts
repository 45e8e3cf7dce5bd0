import { joinAnd } from '../format';
import { spanWords } from './describe';
import { PLAN_RULES } from './index';
import { PLAN_TYPES } from './plan-types';
import type { FilingWindow } from './types';

/** Every filing window in the module, first appeals and later levels, with the plan it belongs to. */
function windows(): { plan: string; w: FilingWindow }[] {
  return PLAN_TYPES.flatMap((t) => {
    const rules = PLAN_RULES[t];
    const tracks = Object.values(rules.byReason ?? {}).flatMap((track) =>
      track ? [track.appealWindow, ...(track.nextLevels ?? []).map((l) => l.window)] : [],
    );
    return [rules.appealWindow, ...rules.nextLevels.map((l) => l.window), ...tracks].flatMap((w) => (w ? [{ plan: rules.short, w }] : []));
  });
}

const unique = (xs: string[]) => [...new Set(xs)];

/** How the engine counts, in words, derived from the windows it actually uses. */
export function countingRules(): string[] {
  const all = windows();
  const presumed = unique(all.filter(({ w }) => w.presumedReceiptDays).map(({ w, plan }) => `${plan} (${spanWords({ days: w.presumedReceiptDays! })})`));
  const fromReceipt = unique(all.filter(({ w }) => w.countsFrom === 'receipt' && !w.presumedReceiptDays).map(({ plan }) => plan));
  const rolls = unique(all.filter(({ w }) => w.rollsToBusinessDay).map(({ plan }) => plan));
  const postmark = unique(all.filter(({ w }) => w.filedWhen === 'mailed').map(({ plan }) => plan));
  const stateSet = unique(all.filter(({ w }) => !w.span).map(({ plan }) => plan));
  return [
    'Days are calendar days unless the rule says business days or working days. Hour clocks run straight through nights, weekends and holidays.',
    `Where the rule counts from when you receive the notice and presumes a delivery time, we add it: ${joinAnd(presumed)}.`,
    `Where the rule counts from receipt with no presumption (${joinAnd(fromReceipt)}), we count from the date printed on the notice, which is never later than the day it reached you.`,
    'A window in calendar months ends on the same date that many months later; if that month has no such date, it ends on the first day of the month after.',
    `A last day on a Saturday, Sunday or federal holiday moves to the next business day only where the rule says so: ${joinAnd(rolls)}.`,
    `Where the postmark counts (${joinAnd(postmark)}), mail it by the last day; everywhere else, the request must arrive by then.`,
    `Where the state sets the window (${joinAnd(stateSet)}), we ask for the number of days your notice gives and count from it. We show the federal limit only as a limit, never as your deadline.`,
    'A plan’s decision clock starts when it receives your appeal. Until you know that date, we show the date it would be if the appeal arrived today.',
  ];
}
