import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Letter } from './letter';

/**
 * The PDF's fonts, embedded (subset) so any reader prints the same glyphs: Noto Sans, then DejaVu Sans for
 * the symbols and scripts Noto Sans lacks (≥ ≤ →, Arabic, Hebrew…), then Noto Sans Simplified Chinese. Each
 * character is set in the first font that has it; one that none has cannot print, and the preview says so.
 */
export type FontFace = { name: string; file: string };
type Family = { regular: FontFace; bold: FontFace };

const nodeModules = (file: string) => path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', file);

const FAMILIES: Family[] = [
  {
    regular: { name: 'NotoSans', file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
    bold: { name: 'NotoSans-Bold', file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
  },
  {
    regular: { name: 'DejaVuSans', file: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf' },
    bold: { name: 'DejaVuSans-Bold', file: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  },
  {
    regular: { name: 'NotoSansSC', file: '@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf' },
    bold: { name: 'NotoSansSC-Bold', file: '@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf' },
  },
];

const fonts = new Map<string, fontkit.Font>();

/**
 * The parsed font, once per process (the Chinese fonts only when a letter needs them). pdfkit takes it as is,
 * so every PDF reuses its parsed tables and layout caches: parsing and shaping anew made each PDF ~20× slower.
 */
export function fontObject(face: FontFace): fontkit.Font {
  let font = fonts.get(face.file);
  if (!font) {
    font = fontkit.create(fs.readFileSync(nodeModules(face.file))) as fontkit.Font;
    fonts.set(face.file, font);
  }
  return font;
}

const hasGlyph = (face: FontFace, codePoint: number) => fontObject(face).hasGlyphForCodePoint(codePoint);

/** Unicode text in one canonical form: a decomposed "é" (e + combining accent) becomes the one character. */
export const nfc = (s: string) => s.normalize('NFC');

const isSpace = (ch: string) => /\s/.test(ch);

/** Which face sets this character: the first family that has it, or null when none does. */
function faceFor(ch: string, bold: boolean): FontFace | null {
  const cp = ch.codePointAt(0) ?? 0;
  for (const family of FAMILIES) if (hasGlyph(family.regular, cp)) return bold ? family.bold : family.regular;
  return null;
}

export type Run = { face: FontFace; text: string };

/** The text cut into runs of one face each; spaces stay in the run they follow. */
export function fontRuns(text: string, bold = false): Run[] {
  const primary = bold ? FAMILIES[0]!.bold : FAMILIES[0]!.regular;
  const runs: Run[] = [];
  for (const ch of nfc(text)) {
    const face = isSpace(ch) ? (runs.at(-1)?.face ?? primary) : (faceFor(ch, bold) ?? primary);
    const last = runs.at(-1);
    if (last && last.face.name === face.name) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

/** The characters no embedded font has, each once, in the order they appear. */
export function unprintable(texts: string[]): string[] {
  const missing = new Set<string>();
  for (const text of texts) for (const ch of nfc(text)) if (!isSpace(ch) && faceFor(ch, false) === null) missing.add(ch);
  return [...missing];
}

/** Every string the PDF prints, checked for characters it cannot: what the preview warns about. */
export const unprintableInLetter = (letter: Letter) =>
  unprintable([
    letter.subject,
    ...letter.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]),
    ...letter.criteriaTable.flatMap((r) => [r.criterion, r.chartFact ?? '']),
    ...letter.exhibits.map((e) => e.name),
  ]);

/** XML 1.0 allows tab, newline, carriage return and U+0020 onward, except the surrogates and U+FFFE/U+FFFF. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe for a Word document's XML, which is otherwise corrupt (Word refuses to open it). */
export const xmlSafe = (s: string) => nfc(s).replace(XML_FORBIDDEN, '');

export const PRIMARY = FAMILIES[0]!;
