/**
 * The one definition of "today": the patient's calendar date, in their time zone. Pure when `now` is
 * given; pages and actions pass the zone the patient's browser reported (stored with the case), the
 * letter command its own zone, and tests a fixed instant.
 */
export const DEFAULT_TIME_ZONE = 'America/New_York';

function validZone(timeZone: string | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** 'YYYY-MM-DD' of `now` in the given IANA time zone (the default zone when it is missing or unknown). */
export function patientToday(timeZone?: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: validZone(timeZone), year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The zone this process runs in: for the letter command, where the patient is the one typing. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
