import { isBullet, lines, sentences, stripBullet } from './text';

const CRITERIA_HEADER = /\bcriteri(?:a|on)\b|\brequirements?\b|\bnot\s+met\b|\bmust\s+(?:meet|have|show|document)\b|\brequires?\b|\bcovered\s+(?:only\s+)?when\b|\bthe\s+following\b/i;
const NOT_CRITERIA_HEADER = /\b(?:appeal|you\s+can|you\s+may|your\s+rights|send|include|call|contact|enclosed|documents?\s+(?:we|you)|how\s+to)\b/i;
const REQUIRES_SENTENCE = /^(?:the|our|this|your\s+plan's|plan|the\s+plan's|coverage|medicare|medicaid)\b[^.]{0,80}?\b(?:policy|policies|guidelines?|criteria|plan|coverage|bulletin|determination)\b[^.]{0,40}?\b(?:requires?|require\s+that|states?\s+that|covers?\b[^.]{0,60}?\bonly\s+(?:when|if|after)|is\s+covered\s+only\s+(?:when|if|after))\b/i;

/**
 * Coverage criteria the letter quotes: bullet or numbered lines under a heading about criteria
 * or requirements, and sentences such as "The policy requires …". Trimmed; repeats dropped.
 */
export function findCriteria(text: string): string[] {
  const out: string[] = [];
  const add = (c: string) => {
    const t = c.replace(/\s+/g, ' ').replace(/^[\s"]+|[\s"]+$/g, '').replace(/[;,]$|;?\s+and$|;?\s+or$/i, '').trim();
    if (t.length >= 8 && t.length <= 500 && !out.includes(t)) out.push(t);
  };
  const all = lines(text);
  let heading: string | undefined;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!.trim();
    if (!line) continue;
    if (isBullet(line)) {
      if (heading && CRITERIA_HEADER.test(heading) && !NOT_CRITERIA_HEADER.test(heading)) {
        // A bullet that wraps onto indented lines continues the same criterion.
        let item = stripBullet(line);
        while (i + 1 < all.length && /^\s{2,}\S/.test(all[i + 1]!) && !isBullet(all[i + 1]!)) item += ` ${all[++i]!.trim()}`;
        add(item);
      }
      continue;
    }
    heading = line;
  }
  for (const s of sentences(text)) {
    if (!isBullet(s) && !s.endsWith(':') && REQUIRES_SENTENCE.test(s)) add(s);
  }
  return out;
}
