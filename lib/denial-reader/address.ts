import type { Found } from './types';
import { lines, snippet } from './text';

/** "Send your appeal to", "Mail your written appeal to:", "Appeals address:"… Only words about where an appeal goes. */
const INTRO =
  /\b(?:(?:send|mail|submit|fax|write)\s+(?:us\s+)?(?:your\s+|the\s+|a\s+)?(?:written\s+|signed\s+)?(?:appeal|grievance|redetermination|reconsideration|request\s+for\s+(?:an?\s+)?(?:appeal|redetermination|reconsideration))(?:\s+(?:request|letter))?s?\s+to|appeals?\s+(?:mailing\s+)?address)\b\s*:?\s*/i;
/** A sentence that sends something somewhere and ends at a colon: "mail it to:", "by writing to:", "…within 65 days from the date of this notice:". */
/** Verbs that send an appeal somewhere. */
const VERBS = /(?:send|sent|sending|mail|mailed|mailing|write|writing|deliver|delivered|fax|faxed|submit|submitted|file)/;
/** One of the sending verbs, as a word. */
const VERB = new RegExp(String.raw`\b${VERBS.source}\b`, 'i');
const SEND_TO = new RegExp(String.raw`\b${VERBS.source}\b[^.]*:\s*$`, 'i');
/** A line that sends something "to" what follows, or to the lines below. */
const SENDS_TO = new RegExp(String.raw`\b${VERBS.source}\b[^.]*?\bto\b:?\s*(?=\S|$)`, 'i');
/** Words that make it an appeal address (or the next level's: a hearing, a reconsideration, a redetermination). */
const APPEAL_WORDS = /\b(?:appeal\w*|grievances?|redetermin\w*|reconsider\w*|hearings?|disputes?|disagree|review)\b/i;
const HEADING_LIKE = (line: string) => line.trim().length > 0 && line.trim().length <= 60 && !/[.,;]$/.test(line.trim());

/** The paragraph up to line `i` (back to a blank line) and the nearest heading above it, where the appeal words may be. */
function context(all: string[], i: number): { paragraph: string; heading: string } {
  let start = i;
  while (start > 0 && all[start - 1]!.trim()) start--;
  const paragraph = all.slice(start, i + 1).join(' ');
  // The paragraph before, which often says what this one's address is for ("This is called a redetermination.").
  let before = start - 1;
  while (before > 0 && !all[before]!.trim()) before--;
  let previousStart = before;
  while (previousStart > 0 && all[previousStart - 1]!.trim()) previousStart--;
  const previous = before >= 0 && before < start ? all.slice(previousStart, before + 1).join(' ') : '';
  let heading = previous;
  for (let j = start - 1; j >= 0 && j >= start - 14; j--) {
    if (HEADING_LIKE(all[j]!) && !all[j - 1]?.trim()) {
      heading = `${previous} ${all[j]!}`;
      break;
    }
  }
  return { paragraph, heading };
}

/**
 * An inline address as lines: one per comma-separated part before the match, and the match ("City, ST 12345")
 * as the last line. A part keeps its own full stop ("Highmark Inc.", "P.O."): the sentence's is after the ZIP.
 */
function inlineLines(rest: string, zip: RegExpExecArray): string[] {
  return [...rest.slice(0, zip.index).split(','), zip[0]].map((p) => p.trim()).filter(Boolean);
}

/** The last line of a US postal address: city, two-letter state, ZIP or ZIP+4. */
// "Lexington, KY 40512", and with the state written out after a comma: "Augusta, Maine 04333-0042".
const CITY_STATE_ZIP = /\b[A-Z][A-Za-z.' -]+(?:,?\s+[A-Z]{2}|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+\d{5}(?:-\d{4})?\b/;

/**
 * Where the letter says to send an appeal: only an address introduced as the appeals address and
 * ending in a city, state and ZIP, either on the lines below the intro or inline after it. Never the
 * letterhead, which is often a claims or pharmacy office rather than the appeals unit.
 */
export function findAppealsAddress(text: string): Found<string> | undefined {
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    let m = INTRO.exec(line);
    if (!m) {
      // A sentence, perhaps wrapped over lines, that sends something "to" an address, in a paragraph or under a heading about appeals.
      const { paragraph, heading } = context(all, i);
      const sentence = paragraph.split(/(?<=[.!?])\s+/).pop() ?? '';
      const aboutAppeals = APPEAL_WORDS.test(paragraph) || APPEAL_WORDS.test(heading);
      const sendsTo = SENDS_TO.exec(line);
      if (aboutAppeals && sendsTo && (/^\s*$/.test(line.slice(sendsTo.index + sendsTo[0].length)) || /:\s*$/.test(sendsTo[0]))) m = sendsTo;
      else if (aboutAppeals && /:\s*$/.test(line) && SEND_TO.test(sentence)) m = /:\s*$/.exec(line);
    }
    if (!m) continue;
    const rest = line.slice(m.index + m[0].length).trim();
    if (rest && !/:\s*$/.test(rest)) {
      // Inline: "Send your appeal to UnitedHealthcare Appeals, P.O. Box 30432, Salt Lake City, UT 84130-0432."
      const zip = CITY_STATE_ZIP.exec(rest);
      if (!zip || zip.index > 200) continue;
      return { value: inlineLines(rest, zip).join('\n'), evidence: snippet(line, m.index, m[0].length) };
    }
    // A block: the next non-blank lines, up to the one with city, state and ZIP.
    const block: string[] = [];
    for (let j = i + 1; j < all.length && block.length < 5; j++) {
      const next = all[j]!.trim();
      if (!next) {
        if (block.length) break;
        continue;
      }
      block.push(next);
      if (CITY_STATE_ZIP.test(next)) {
        block[block.length - 1] = next.replace(/\.$/, '');
        return { value: block.join('\n'), evidence: snippet(line) };
      }
    }
  }
  return inlineAcrossLines(all) ?? blockAfterAppealParagraph(all);
}

/** Where else a letter sends people: a regulator or a civil-rights office is not where the appeal goes. */
const NOT_APPEALS_OFFICE =
  /\b(?:Department|Division|Office|Bureau)\s+of\s+(?:Insurance|Financial|Managed\s+Health|Banking)|\bInsurance\s+(?:Department|Commissioner)|\bCivil\s+Rights\b|\bAttorney\s+General\b|\bOmbuds/i;

/**
 * An address block set on its own under a paragraph about appealing that says to write or send it there
 * ("File an appeal within 180 days. Write to us:" then, after a blank line, "Aetna Member Appeals / P.O. Box
 * 14902 / Lexington, KY 40512"), away from the letterhead. Two different such blocks give nothing.
 */
function blockAfterAppealParagraph(all: string[]): Found<string> | undefined {
  const found = new Map<string, string>();
  let previous = '';
  for (let i = 0; i < all.length; i++) {
    if (!all[i]!.trim()) continue;
    const block: string[] = [];
    let j = i;
    for (; j < all.length && all[j]!.trim(); j++) block.push(all[j]!.trim());
    const last = block[block.length - 1]!;
    const isAddress =
      block.length >= 2 && block.length <= 5 && CITY_STATE_ZIP.test(last) && block.slice(0, -1).every((l) => l.length <= 60 && !/[.?!]$/.test(l));
    const sendsHere = APPEAL_WORDS.test(previous) && (VERB.test(previous) || /\b(?:address|addresses)\s+(?:below|above)\b/i.test(previous));
    if (isAddress && i >= 10 && sendsHere && !NOT_APPEALS_OFFICE.test(block.join(' ')))
      found.set(block.join('\n').replace(/\.$/, ''), snippet(previous.split(/(?<=[.!?:])\s+/).pop() ?? previous));
    previous = block.join(' ');
    i = j;
  }
  if (found.size !== 1) return undefined;
  const [[value, evidence]] = [...found.entries()] as [[string, string]];
  return { value, evidence };
}

const SENDS_TO_INLINE = new RegExp(String.raw`\b${VERBS.source}\b[^.]*?\bto\b:?\s+(?=[A-Z])`, 'gi');

/**
 * An address given inline in a sentence that wraps over lines ("…mail a written request to Highmark Inc.,
 * Member Grievance and Appeals / Department, P.O. Box 0000, Pittsburgh, PA 15230-0000."), in a paragraph
 * about appeals: the paragraph is read as one line.
 */
function inlineAcrossLines(all: string[]): Found<string> | undefined {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...all, '']) {
    if (line.trim()) current.push(line.trim());
    else if (current.length) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  const found = new Set<string>();
  for (const paragraph of paragraphs) {
    if (!APPEAL_WORDS.test(paragraph)) continue;
    for (const m of paragraph.matchAll(SENDS_TO_INLINE)) {
      const rest = paragraph.slice(m.index + m[0].length);
      const zip = CITY_STATE_ZIP.exec(rest);
      if (!zip || zip.index > 200 || !/\d/.test(rest.slice(0, zip.index))) continue;
      found.add(inlineLines(rest, zip).join('\n'));
    }
  }
  // Two different addresses: leave it to the patient.
  if (found.size !== 1) return undefined;
  const [value] = found as Set<string> & [string];
  return { value, evidence: snippet(value.replace(/\n/g, ', ')) };
}
