/** Small text helpers shared by the readers. */
import { labelValueLines } from './layout';

/** Prefixes whose hyphen is part of the word when a line break falls after it ("non-|formulary", "step-|therapy"). */
const KEEP_HYPHEN = new Set([
  'non',
  'pre',
  'post',
  'self',
  'step',
  'co',
  're',
  'anti',
  'multi',
  'semi',
  'follow',
  'long',
  'short',
  'high',
  'low',
  'well',
  'in',
  'out',
]);

/**
 * A word broken over two lines by a pasted PDF's hyphenation ("medically neces-" over "sary. The…") made whole
 * on the first line, the rest of the second line left where it was. A capital after the break is a compound
 * ("Brandt-" over "Moreno"), and so is a word that already holds a hyphen ("out-of-" over "network").
 */
function joinHyphenated(text: string): string {
  return text.replace(
    /(?<![\w-])([A-Za-z]{2,})-\n([ \t]*)([a-z]+)([,.;:)]*) ?/g,
    (_, head: string, indent: string, tail: string, stop: string) => `${head}${KEEP_HYPHEN.has(head.toLowerCase()) ? '-' : ''}${tail}${stop}\n${indent}`,
  );
}

/** A bilingual label's Spanish half ("Member ID / Número de miembro:"): the label is read as its English half. */
const SPANISH_LABEL =
  /^([ \t]*[A-Za-z][A-Za-z'#. ]{0,40}?)[ \t]+\/[ \t]+(?=[^:\n]{0,50}\b(?:de|del|la|el|fecha|n[uú]mero|nombre|programa|proveedor|miembro|autorizaci[oó]n|direcci[oó]n)\b)[^:\n]{1,60}:/gim;

/** Unicode dashes, non-breaking spaces and curly quotes folded to plain ASCII; line ends unified; words hyphenated over a line break joined; a bilingual label's Spanish half dropped; labels set apart from their values joined to them (layout.ts). */
export function normalizeText(text: string): string {
  return labelValueLines(
    joinHyphenated(
      text
        .replace(/\r\n?/g, '\n')
        .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        // Dotted leaders in a label column ("Member ID ......... R123") read as a colon.
        .replace(/(\S) ?\.{3,} ?(?=\S)/g, '$1: ')
        .replace(SPANISH_LABEL, '$1:'),
    ),
  );
}

export function lines(text: string): string[] {
  return text.split('\n');
}

/** A snippet for evidence: one line or sentence, whitespace collapsed, kept short around the match. */
export function snippet(text: string, at = 0, length = 0, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const start = Math.max(0, Math.min(at - 60, flat.length - max));
  const end = Math.min(flat.length, Math.max(start + max, at + length));
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

// Bullets as pasted: dashes, dots, squares and arrows, a PDF's Wingdings bullet (U+F0B7) and an outline's lower-case "o".
const BULLET = /^\s*(?:[-•*·▪◦\uf0b7■□►➢✓]|o(?=\s)|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-hA-H]\)|[a-hA-H]\.|(?:[ivx]{1,4}|[IVX]{1,4})[.)])\s+/;

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/**
 * Sentences of the letter: paragraphs (runs of non-blank, non-bullet lines) joined, then split at
 * sentence ends. Bullet lines and table-like lines (several wide gaps) stay sentences of their own.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(...splitSentences(para.join(' ')));
    para = [];
  };
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!.trim();
    const next = all[i + 1]?.trim() ?? '';
    if (!line) flush();
    else if (/:$/.test(line) && para.length && !isBullet(line) && !/\S {3,}\S/.test(line)) {
      // The last line of a wrapped sentence that introduces something ("…before this surgery is / covered:").
      para.push(line);
      flush();
    } else if (isBullet(line) || /\S {3,}\S.* {3,}\S|\|/.test(line) || isHeading(line, next)) {
      flush();
      out.push(line);
    } else if (/:$/.test(line)) {
      // A line that ends by introducing something ("… Send it to:") may hold whole sentences before that.
      flush();
      out.push(...splitSentences(line));
    } else para.push(line);
  }
  flush();
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A short line with no closing punctuation followed by a capitalized line: a heading, not a wrapped sentence. */
function isHeading(line: string, next: string): boolean {
  return line.length <= 60 && !/[.,;:!?)\-]$/.test(line) && /^[A-Z"]/.test(next);
}

/** A paragraph's sentences, split where a sentence end meets a capital. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=["(]?[A-Z])/);
}

/** States' own names for their Medicaid programs, as a notice or a member card prints them. */
export const STATE_MEDICAID_NAMES =
  /\b(?:Medi-Cal|MassHealth|MO\s+HealthNet|MaineCare|TennCare|SoonerCare|BadgerCare(?:\s+Plus)?|HUSKY\s+Health|Apple\s+Health|KanCare|NJ\s+FamilyCare|AHCCCS|Health\s+First\s+Colorado)\b/;

/** States' own names for their CHIP programs. */
export const STATE_CHIP_NAMES = /\b(?:KidsCare|PeachCare(?:\s+for\s+Kids)?|CHP\+|Child\s+Health\s+Plan\s+Plus|FAMIS|MIChild|Dr\.?\s+Dynasaur)(?![\w+])/;

/** Escape a name for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'you', 'your', 'we', 'is', 'this', 'for', 'with', 'not', 'that', 'are', 'have', 'was']);
const SPANISH_WORDS = new Set([
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'que',
  'y',
  'en',
  'su',
  'usted',
  'por',
  'para',
  'con',
  'una',
  'es',
  'se',
  'no',
  'este',
  'esta',
]);

/**
 * Whether the letter is written in English, from how often common English and Spanish words occur. The reader's
 * patterns are English: on a letter in another language it fills nothing rather than guess from stray words.
 */
export function isEnglish(text: string): boolean {
  let english = 0;
  let spanish = 0;
  let words = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    if (ENGLISH_WORDS.has(word)) english++;
    else if (SPANISH_WORDS.has(word)) spanish++;
  }
  // English prose is about a quarter function words; a letter in another language has few, whatever its names and
  // addresses. A letter printed in English and Spanish side by side has about as many of each: its English is read.
  return english >= spanish / 2 && (words < 40 || english / words >= 0.06);
}
