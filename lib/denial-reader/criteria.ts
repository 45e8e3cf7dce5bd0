import { isBullet, lines, sentences, splitSentences, stripBullet } from './text';

const CRITERIA_HEADER =
  /\bcriteri(?:a|on)\b|\brequirements?\b|\bnot\s+met\b|\bmust\s+(?:meet|have|show|document)\b|\brequires?\b|\b(?:cover(?:s|ed)?|pays?\s+for|allows?)\b[^.]{0,120}\bonly\s+(?:when|if|after|for)\b|\b(?:either|any|all|each)\s+of\s+the\s+following\b|\bthe\s+following\b|\bone\s+of\s+these\b|\beach\s+of\s+these\b|\bonly\s+for\s+(?:these|the\s+following)\b|\ball\s+of\s+these\b|\bguideline\s+says\b|\bpolicy\s+says\b|\bdo\s+not\s+show\s+the\s+following\b|\b(?:needs?|must|have)\s+(?:to\s+)?be\s+met\b|\b(?:can\s+be|is|are)\s+covered\s+(?:only\s+)?(?:after|when|if)\b/i;
const NOT_CRITERIA_HEADER =
  /\b(?:appeal|you\s+can|you\s+may|your\s+rights|send|include|call|contact|enclosed|documents?\s+(?:we|you)|how\s+to|asked\s+your\s+(?:doctor|provider))\b|\bthe\s+following\s+(?:medical\s+)?(?:services?|items?|drugs?|medications?|supplies|claims?|providers?)\b/i;
const REQUIRES_SENTENCE =
  /^(?:the|our|this|your\s+plan's|plan|the\s+plan's|coverage|medicare|medicaid)\b[^.]{0,80}?\b(?:policy|policies|guidelines?|criteria|plan|coverage|bulletin|determination)\b[^.]{0,40}?\b(?:requires?|require\s+that|states?\s+that|covers?\b[^.]{0,60}?\bonly\s+(?:when|if|after)|is\s+covered\s+only\s+(?:when|if|after))\b/i;
/** "Medicare covers outpatient therapy when…", "Your plan covers Xolair only after…": a coverage rule stated as a sentence. */
const COVERS_WHEN =
  /^(?:medicare|medicaid|(?:the|your|our)\s+(?:plan|policy|guideline|benefit))\s+covers\s+[^.,;]{3,120}?\s+(?:only\s+(?:when|if|after)|when|if)\b/i;
/** A paragraph about this patient or this review, not a rule: the run of quoted rules ends there. */
const ABOUT_THE_CASE = /\b(?:you|your|we|our|us)\b/i;
/** A page break pasted in the middle of a list: a "Page 2 of 3" footer or header, a rule line. The list goes on after it. */
const PAGE_FURNITURE = /\bpage\s+\d+\s+(?:of|\/)\s+\d+\b|^[-_=*\s]{5,}$/i;

type Paragraph = { lines: string[]; bullet: boolean; textColumn: number };

/** Runs of non-blank lines; a bullet starts a paragraph of its own, and its indented lines continue it. */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const raw of lines(text)) {
    const line = raw.trim();
    if (!line) {
      current = undefined;
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    if (isBullet(line)) {
      // Where the item's text starts: a wrapped line continues the item only when indented that far.
      const stripped = stripBullet(line);
      current = { lines: [stripped], bullet: true, textColumn: indent + line.length - stripped.length };
      out.push(current);
    } else if (current?.bullet && indent >= 2 && indent >= current.textColumn - 1) {
      current.lines.push(line);
    } else if (current && !current.bullet) {
      current.lines.push(line);
    } else {
      current = { lines: [line], bullet: false, textColumn: indent };
      out.push(current);
    }
  }
  return out;
}

const joined = (p: Paragraph) => p.lines.join(' ').replace(/\s+/g, ' ').trim();
const lastSentence = (text: string) => splitSentences(text).pop() ?? '';
const introduces = (sentence: string) => /:\s*$/.test(sentence) && CRITERIA_HEADER.test(sentence) && !NOT_CRITERIA_HEADER.test(sentence);

/**
 * Coverage criteria the letter quotes: the items of a list under a sentence about criteria or requirements
 * ("…when ALL of the following are met:"), the one-sentence rules quoted under such a sentence ("The policy
 * requires:" then the rule), and sentences such as "The policy requires …" or "Medicare covers … when …".
 * Trimmed; repeats dropped.
 */
export function findCriteria(text: string): string[] {
  const out: string[] = [];
  const add = (c: string) => {
    const t = c
      .replace(/\s+/g, ' ')
      .replace(/^[\s"]+|[\s"]+$/g, '')
      .replace(/[;,]$|;?\s+and$|;?\s+or$/i, '')
      .trim();
    if (t.length >= 8 && t.length <= 500 && !out.includes(t)) out.push(t);
  };
  const all = paragraphs(text);
  let intro = false;
  let quoting = false;
  for (const p of all) {
    if (p.bullet) {
      if (intro) add(joined(p));
      quoting = false;
      continue;
    }
    if (p.lines.some((l) => PAGE_FURNITURE.test(l)) && !p.lines.some((l) => /:\s*$/.test(l))) continue;
    const body = joined(p);
    // A rule quoted on its own under the intro: one sentence, about no one in particular.
    if (quoting && sentences(body).length === 1 && !ABOUT_THE_CASE.test(body) && !/:\s*$/.test(body)) {
      add(body);
      continue;
    }
    intro = introduces(lastSentence(body));
    quoting = intro;
  }
  // A rule stated as a sentence is the letter's criterion only when it lists none: above a list it sums the list up.
  if (out.length > 0) return out;
  for (const s of sentences(text)) {
    if (!isBullet(s) && !s.endsWith(':') && (REQUIRES_SENTENCE.test(s) || COVERS_WHEN.test(s))) add(s);
  }
  return out;
}
