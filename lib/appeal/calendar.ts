import { isAHoliday } from '@18f/us-federal-holidays';
import { isIsoDate } from '@/lib/iso-date';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, done entirely in UTC so the result never depends on the
 * server's or browser's time zone. date-fns (v4, without @date-fns/utc) works in local time: on UTC dates in
 * New York, `addDays(Mar 1, 10)` gives Mar 10. So this file does its own small, exact arithmetic instead.
 */

const DAY_MS = 86_400_000;

/** A UTC-midnight Date; setUTCFullYear avoids Date.UTC's mapping of years 0–99 to 1900–1999. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses a 'YYYY-MM-DD' date, throwing on anything that is not a real calendar date (no silent roll-over). */
export function parseIsoDate(iso: string, field = 'date'): Date {
  if (!isIsoDate(iso)) throw new Error(`Invalid ${field} "${iso}": expected a real calendar date written YYYY-MM-DD.`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return utcDate(year, month, day);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(parseIsoDate(iso).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

/**
 * The same date `months` calendar months later; if that date does not exist, the 1st day of the following month
 * (the external-review rule in lib/appeal/plans: Oct 30 + 4 months → Mar 1). Unlike date-fns addMonths, which clamps to the month's end.
 */
export function addCalendarMonths(iso: string, months: number): string {
  const start = parseIsoDate(iso);
  const firstOfTarget = utcDate(start.getUTCFullYear(), start.getUTCMonth() + 1 + months, 1);
  const year = firstOfTarget.getUTCFullYear();
  const month = firstOfTarget.getUTCMonth() + 1;
  const daysInMonth = utcDate(year, month + 1, 0).getUTCDate();
  const day = start.getUTCDate();
  return toIso(day <= daysInMonth ? utcDate(year, month, day) : utcDate(year, month + 1, 1));
}

/**
 * Not a Saturday, Sunday or US federal holiday. The library applies the federal observance rules, so a holiday on a
 * Saturday is observed (and skipped) on the Friday before, and one on a Sunday on the Monday after.
 */
export function isBusinessDay(iso: string): boolean {
  const date = parseIsoDate(iso);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isAHoliday(date, { utc: true });
}

/** `iso` itself if it is a business day, otherwise the next day that is. */
export function nextBusinessDay(iso: string): string {
  let day = iso;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** `count` business days after `iso` (not counting `iso` itself). */
export function addBusinessDays(iso: string, count: number): string {
  let day = iso;
  for (let left = count; left > 0; left--) day = nextBusinessDay(addDays(day, 1));
  return day;
}
