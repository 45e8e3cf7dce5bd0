import { isIsoDate } from '@/lib/iso-date';
import type { Found } from './types';
import { lines, snippet } from './text';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Every date shape the reader understands, US order for numeric dates. Groups are named per shape. */
const DATE_SOURCES = [
  `(?<iy>\\d{4})(?<isep>[-/.])(?<im>\\d{1,2})\\k<isep>(?<id>\\d{1,2})`,
  `(?<um>\\d{1,2})[/.-](?<ud>\\d{1,2})[/.-](?<uy>\\d{4}|\\d{2})`,
  `(?<mn>${MONTH.replace('(', '(?:')})\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>\\d{4})`,
  `(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dn>${MONTH.replace('(', '(?:')}),?\\s+(?<dy>\\d{4})`,
  `(?<xd>\\d{1,2})-(?<xn>${MONTH.replace('(', '(?:')})-(?<xy>\\d{4})`,
  `(?<an>${MONTH.replace('(', '(?:')})\\s+(?<ad>\\d{1,2}),?\\s+'(?<ay>\\d{2})`,
];
const DATE_BODY = DATE_SOURCES.map((s) => `(?:${s})`).join('|');
/** A date in running text: not glued to other digits or letters. */
export const DATE_RE = new RegExp(`(?<![\\w/.-])(?:${DATE_BODY})(?![\\w/-]|\\.\\d)`, 'gi');

/** 'YYYY-MM-DD' when y/m/d is a real calendar date in a plausible range, else undefined. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1900 || y > 2100) return undefined;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

type Groups = Record<string, string | undefined>;

function fromGroups(g: Groups): string | undefined {
  if (g.iy) return isoDate(+g.iy, +g.im!, +g.id!);
  if (g.uy) {
    const y = g.uy.length === 2 ? 2000 + +g.uy : +g.uy;
    return isoDate(y, +g.um!, +g.ud!);
  }
  if (g.my) return isoDate(+g.my, MONTHS[g.mn!.toLowerCase().replace('.', '')] ?? 0, +g.md!);
  if (g.dy) return isoDate(+g.dy, MONTHS[g.dn!.toLowerCase().replace('.', '')] ?? 0, +g.dd!);
  if (g.xy) return isoDate(+g.xy, MONTHS[g.xn!.toLowerCase().replace('.', '')] ?? 0, +g.xd!);
  if (g.ay) return isoDate(2000 + +g.ay, MONTHS[g.an!.toLowerCase().replace('.', '')] ?? 0, +g.ad!);
  return undefined;
}

/** Parse one date written the US way ("03/03/2026", "March 3, 2026", "Mar. 3, 2026", "2026-03-03", "3 March 2026"). */
export function parseDate(text: string): string | undefined {
  const m = new RegExp(`^\\s*(?:${DATE_BODY})\\s*$`, 'i').exec(text);
  return m?.groups ? fromGroups(m.groups) : undefined;
}

export type DateHit = { iso: string; index: number; raw: string };

/** Every real date in a piece of text, in order. Impossible dates (02/30/2026) are skipped. */
export function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const iso = m.groups ? fromGroups(m.groups) : undefined;
    if (iso) hits.push({ iso, index: m.index, raw: m[0] });
  }
  return hits;
}

const LETTER_DATE_LABEL =
  /\b(?:(?:letter|notice|statement|mail(?:ing)?|issue|print|notification)\s+date|date\s+prepared|date\s+of\s+(?:this\s+)?(?:letter|notice|statement)|date\s+(?:mailed|sent|issued|printed)|sent(?:\s+on)?|issued(?:\s+on)?|date)(?:\s*[:#]|\s{2,}(?=\S))|\b(?:date\s+of\s+(?:this\s+)?(?:letter|notice|statement)|(?:letter|notice|statement)\s+date)\s(?=\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}[/-]\d))/i;
const OTHER_DATE_LABEL =
  /\b(?:service|birth|dob|dos|received|request(?:ed)?|admission|discharge|effective|admit|processed|paid|submitted|filed|fill(?:ed)?|decision|appeal|due|signature|incident|surgery|procedure|planned|scheduled|treatment|start|end|expiration|termination)\b[^:]{0,20}date\s*[:#]|\bdate\s+(?:of|the)\s+(?!this\b|letter\b|notice\b|statement\b)\w+/i;

/** The date of the letter itself: a "Date:"-style label, else a line near the top that is only a date. */
export function findLetterDate(text: string): Found<string> | undefined {
  const all = lines(text);
  const labeled = new Map<string, string>();
  for (const line of all) {
    const label = LETTER_DATE_LABEL.exec(line);
    if (!label) continue;
    const head = line.slice(0, label.index);
    const fieldStart = Math.max(head.lastIndexOf(':'), head.lastIndexOf('  '), head.lastIndexOf('|')) + 1;
    if (OTHER_DATE_LABEL.test(line.slice(fieldStart, label.index + label[0].length))) continue;
    const first = findDates(line.slice(label.index + label[0].length))[0];
    if (first && !labeled.has(first.iso)) labeled.set(first.iso, snippet(line));
  }
  if (labeled.size === 1) {
    const [[value, evidence]] = [...labeled.entries()] as [[string, string]];
    return { value, evidence };
  }
  if (labeled.size > 1) return undefined;
  const top = all
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 12);
  for (const line of top) {
    // A date line alone, perhaps after the weekday ("Monday, March 9, 2026").
    const iso = parseDate(line.replace(/[,.]$/, '').replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i, ''));
    if (iso) return { value: iso, evidence: snippet(line) };
  }
  // A title with the date set apart on the right ("Coverage decision          04/03/2026").
  for (const line of top.slice(0, 8)) {
    const cells = line.split(/\s{3,}/);
    if (
      cells.length !== 2 ||
      /\d/.test(cells[0]!) ||
      OTHER_DATE_LABEL.test(`${cells[0]} date:`) ||
      // The end of a range ("Claims Processed  November 27, 2025 -" over "Between  February 25, 2026").
      /\b(?:birth|service|received|between|from|through|thru|to|and)\b/i.test(cells[0]!)
    )
      continue;
    const iso = parseDate(cells[1]!.replace(/[,.]$/, ''));
    if (iso) return { value: iso, evidence: snippet(line) };
  }
  // A date stamped with its time, as a pharmacy slip, a text message or an e-mail prints it ("09/03/2026  14:22",
  // "Tue, Jul 14, 2026, 4:02 PM"); last, as a fax header's time stamp comes first and is not the letter's date.
  for (const line of top) {
    const stamp = /^(.+?)[,\s]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)/.exec(line);
    const iso = stamp && parseDate(stamp[1]!.replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i, ''));
    if (iso) return { value: iso, evidence: snippet(line) };
  }
  // A portal page dated only by its decision ("Decided on: Jan 22, 2026", "Decision date: 03/09/2026").
  const decided = new Map<string, string>();
  for (const line of all) {
    const label = /\b(?:decision\s+date|date\s+of\s+(?:decision|determination)|determination\s+date|decided\s+on)\s*:\s*/i.exec(line);
    const first = label && findDates(line.slice(label.index + label[0].length))[0];
    if (first) decided.set(first.iso, snippet(line));
  }
  if (decided.size === 1) {
    const [[value, evidence]] = [...decided.entries()] as [[string, string]];
    return { value, evidence };
  }
  return undefined;
}

/**
 * A table header whose "Service Date" is split over two lines, "Service" above "Date" (or "Date(s) of" above
 * "Service"), both starting in the same column. Returned as a match with index -(column + 1).
 */
function splitHeader(line: string, next: string): { index: number; 0: string } | null {
  for (const cell of line.matchAll(/\S+(?: \S+)*/g)) {
    const below = /^\S+(?: \S+)*/.exec(next.slice(cell.index));
    if (!below || (cell.index > 0 && next[cell.index - 1] !== ' ')) continue;
    const joined = `${cell[0]} ${below[0]}`;
    if (new RegExp(`^(?:${SERVICE_LABEL.source})$`, 'i').test(joined.replace(/\s*[:#]$/, ''))) return { index: -cell.index - 1, 0: joined };
  }
  return null;
}

// Not a date planned or asked for: "Planned date of service", "Requested date of service" are before the care.
const SERVICE_LABEL =
  /(?<!\b(?:planned|scheduled|expected|proposed|requested|anticipated)\s)\b(?:dates?\s*\(?s?\)?[ \t]{1,2}of[ \t]{1,2}service|service[ \t]{1,2}dates?|DOS)\b\s*(?:\(s\))?\s*[:#]?/i;
const SERVICE_PHRASE =
  /\b(?:services?|treatment|procedure|infusion|visit|scan|imaging|admission|care)\b[^.\n]{0,40}?\b(?:received|provided|performed|rendered|administered|given)\s+on\s*$/i;

/**
 * The date of service, only when the letter states exactly one (a label, a table column, or
 * "services received on …"). A range or several different dates is left to the patient.
 */
export function findServiceDate(text: string): Found<string> | undefined {
  const all = lines(text);
  const values = new Map<string, string>();
  const add = (iso: string, evidence: string) => {
    if (!values.has(iso)) values.set(iso, evidence);
  };
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const label = SERVICE_LABEL.exec(line) ?? splitHeader(line, all[i + 1] ?? '');
    if (label && label.index < 0) {
      // A header split over two lines ("Service" above "Date"): the rows start after its second line.
      const col = -label.index - 1;
      for (let j = i + 2; j < all.length && all[j]!.trim(); j++) {
        const row = all[j]!;
        const hit = findDates(row).find((d) => Math.abs(d.index - col) <= 3);
        if (hit) add(hit.iso, snippet(row.trim()));
      }
      i++;
      continue;
    }
    if (label) {
      const rest = line.slice(label.index + label[0].length);
      const dates = findDates(rest);
      if (dates.length && dates[0]!.index < 30) {
        const firstTwo = rest.slice(dates[0]!.index, dates[1] ? dates[1].index + dates[1].raw.length : undefined);
        if (dates[1] && /^\S+\s*(?:-|to|through|thru)\s*\S+$/i.test(firstTwo) && dates[1].iso !== dates[0]!.iso) return undefined;
        add(dates[0]!.iso, snippet(line));
        continue;
      }
      // A table: the label is a column header; read the first date of each following row.
      const col = label.index;
      for (let j = i + 1; j < all.length && all[j]!.trim(); j++) {
        const row = all[j]!;
        const hit = findDates(row).find((d) => Math.abs(d.index - col) <= 12);
        if (hit) add(hit.iso, snippet(`${line.trim()} … ${row.trim()}`));
      }
      continue;
    }
    for (const d of findDates(line)) {
      if (SERVICE_PHRASE.test(line.slice(Math.max(0, d.index - 80), d.index))) add(d.iso, snippet(line));
    }
  }
  if (values.size === 0) for (const [iso, evidence] of tableDateColumn(all)) add(iso, evidence);
  if (values.size !== 1) return undefined;
  const [[value, evidence]] = [...values.entries()] as [[string, string]];
  return { value, evidence };
}

/**
 * The dates in the "Date" column of a claims table (a header with a "Date" cell beside amount columns such as
 * "Billed"): on an explanation of benefits that column is the date of service.
 */
function tableDateColumn(all: string[]): [string, string][] {
  const out: [string, string][] = [];
  all.forEach((line, i) => {
    if (!/\b(?:billed|charged|amount)\b/i.test(line)) return;
    for (const cell of line.matchAll(/(?<=^|\s{2})(Dates?)(?=\s{2}|$)/gi)) {
      for (let j = i + 1; j < all.length && j <= i + 12; j++) {
        const hit = findDates(all[j]!).find((d) => Math.abs(d.index - cell.index) <= 3);
        if (hit) out.push([hit.iso, snippet(all[j]!.trim())]);
      }
    }
  });
  return out;
}
