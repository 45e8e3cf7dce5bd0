import { createEvents, type EventAttributes } from 'ics';
import type { Letter } from './letter';

const REMINDER_DAYS = [14, 3, 1];

/** The dated deadlines as all-day calendar events, each with reminders before it. */
export function renderIcs(letter: Pick<Letter, 'deadlines'>, opts: { letterUrl?: string } = {}): string {
  const events: EventAttributes[] = letter.deadlines
    .filter((d) => d.date)
    .map((d) => {
      const [y, m, day] = d.date!.split('-').map(Number) as [number, number, number];
      const title = d.label.replace(/\s+by$/, '');
      return {
        uid: `${d.id}-${d.date}@denialhelp`,
        title,
        description: [d.note, `Rule: ${d.citation}`, d.checkNotice ? 'Check your denial notice for the exact date.' : '', opts.letterUrl ?? '']
          .filter(Boolean)
          .join('\n'),
        start: [y, m, day],
        duration: { days: 1 },
        productId: 'denialhelp/appeal',
        alarms: REMINDER_DAYS.map((days) => ({
          action: 'display' as const,
          description: `${title}: ${days} day${days === 1 ? '' : 's'} left`,
          trigger: { days, before: true },
        })),
      };
    });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('could not build the calendar file');
  return value;
}
