/** Small text helpers shared by the readers. */
import { labelValueLines } from './layout';

/** Unicode dashes, non-breaking spaces and curly quotes folded to plain ASCII; line ends unified; labels set apart from their values joined to them (layout.ts). */
export function normalizeText(text: string): string {
  return labelValueLines(
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // Dotted leaders in a label column ("Member ID ......... R123") read as a colon.
      .replace(/(\S) ?\.{3,} ?(?=\S)/g, '$1: '),
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

const BULLET = /^\s*(?:[-•*·▪◦]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-hA-H]\)|[a-hA-H]\.|(?:[ivx]{1,4}|[IVX]{1,4})[.)])\s+/;

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
    } else if (isBullet(line) || /\S {3,}\S.* {3,}\S|\|/.test(line) || /:$/.test(line) || isHeading(line, next)) {
      flush();
      out.push(line);
    } else para.push(line);
  }
  flush();
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A short line with no closing punctuation followed by a capitalized line: a heading, not a wrapped sentence. */
function isHeading(line: string, next: string): boolean {
  return line.length <= 60 && !/[.,;:!?)\-]$/.test(line) && /^[A-Z"]/.test(next);
}

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=["(]?[A-Z])/);
}

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
  // English prose is about a quarter function words; a letter in another language has few, whatever its names and addresses.
  return english >= spanish && (words < 40 || english / words >= 0.06);
}
