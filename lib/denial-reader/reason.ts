import type { ReasonSlug } from '@/lib/content/reasons';
import { CODE_REASONS, codeNumber, isDenialCode, type CodeHit } from './codes';
import type { Found } from './types';
import { lines, sentences, snippet } from './text';

const AUTH = '(?:prior\\s+|pre-?)?(?:authorization|authorisation|approval|certification|precertification)';

/** Wording that states each reason. Matched sentence by sentence, case-insensitive. */
export const REASON_WORDING: Readonly<Record<ReasonSlug, RegExp[]>> = {
  'prior-authorization': [
    new RegExp(`\\b${AUTH}\\s+(?:\\w+\\s+){0,4}?(?:was|were|has|had|is)\\s+not\\s+(?:been\\s+)?(?:obtained|requested|received|submitted|on\\s+file|in\\s+place|found)\\b`, 'i'),
    new RegExp(`\\b(?:no|without(?:\\s+(?:a|an|the))?|did\\s+not\\s+(?:obtain|get|request|have)|never\\s+(?:obtained|requested)|failed\\s+to\\s+(?:obtain|get|request))\\s+(?:(?:valid|required|approved|active|any)\\s+)?${AUTH}\\b`, 'i'),
    new RegExp(`\\b${AUTH}\\s+(?:was\\s+|is\\s+)?(?:absent|missing|required\\s+but\\s+(?:was\\s+)?not\\s+(?:obtained|requested|received))\\b`, 'i'),
  ],
  'medical-necessity': [
    /\bnot\s+(?:considered\s+|deemed\s+|found\s+to\s+be\s+|shown\s+to\s+be\s+)?medically\s+necessary\b/i,
    /\bn't\s+medically\s+necessary\b/i,
    /\bnot\s+reasonable\s+and\s+necessary\b/i,
    /\bnot\s+(?:deemed|considered)\s+(?:an?\s+)?"?medical\s+necessity\b/i,
    /\b(?:lack|absence)\s+of\s+medical\s+necessity\b/i,
    /\bmedical\s+necessity\s+(?:criteria|guidelines|requirements|standards)\s+(?:was|were|are|is|have|has)\s+not\s+(?:been\s+)?met\b/i,
    /\bdoes\s+not\s+meet\s+(?:(?:the|our|plan's|plan)\s+)*(?:criteria\s+for\s+)?medical\s+necessity\b/i,
  ],
  'step-therapy': [
    /\bstep[- ]therapy\b/i,
    /\bfail[- ]first\b/i,
    /\bmust\s+(?:first\s+)?(?:try|have\s+tried|use|have\s+used)\b[^.]{0,80}\b(?:first|before)\b/i,
  ],
  'non-formulary': [
    /\bnon-?formulary\b/i,
    /\bnot\s+(?:on|in|included\s+(?:on|in)|listed\s+(?:on|in)|covered\s+on)\s+(?:(?:our|the|your|this|plan's|plan)\s+)*(?:(?:preferred|covered|approved)\s+)?(?:formulary|drug\s+list|list\s+of\s+covered\s+drugs|preferred\s+drug\s+list)\b/i,
    /\bexcluded\s+from\s+(?:(?:the|our|your)\s+)?(?:formulary|drug\s+list)\b/i,
    /\bnot\s+a\s+(?:covered\s+|formulary\s+)drug\b/i,
  ],
  experimental: [/\bexperimental\b/i, /\binvestigational\b/i, /\bunproven\b/i, /\bnot\s+(?:been\s+)?proven\s+(?:to\s+be\s+)?(?:effective|safe)\b/i],
  'out-of-network': [
    /\bout[- ]of[- ]network\b/i,
    /\bnon-?participating\b/i,
    /\bnot\s+(?:a\s+)?(?:participating|in-network|network|contracted|plan)\s+(?:provider|pharmacy|facility|physician|doctor|hospital)\b/i,
    /\b(?:not\s+(?:in|part\s+of)|outside(?:\s+of)?)\s+(?:our|the|your|plan's)\s+(?:\w+\s+)?network\b/i,
  ],
  'quantity-limit': [
    /\bquantity\s+limits?\b/i,
    /\bexceeds?\s+(?:(?:the|our|your|plan's|plan)\s+)*(?:maximum\s+|allowed\s+|covered\s+|approved\s+)?(?:quantity|dosage\s+limit|amount\s+allowed|number\s+of\s+(?:units|doses|fills))\b/i,
    /\bmore\s+than\s+the\s+(?:plan\s+)?(?:allows|allowed|covered|maximum)\s+(?:quantity|amount)\b/i,
  ],
};

/** Sentences that only explain rights or options ("If you disagree…", "You can ask for an exception…"). */
const CONDITIONAL = /^(?:if|when|whether|unless|in\s+case|once|to\s+(?:ask|request|appeal|file))\b|\b(?:you|your\s+(?:doctor|prescriber|provider)|they)\s+(?:can|may|could|have\s+the\s+right\s+to)\s+(?:also\s+)?(?:ask|request|appeal|file|call|get|submit)\b/i;
const BECAUSE = /\b(?:because|reasons?|due\s+to|based\s+on|as\s+follows|rationale|explanation)\b/i;
const DENIAL = /\b(?:denied|deny|denying|denial|adverse\s+(?:benefit\s+)?determination|not\s+approved|(?:cannot|can't|unable\s+to|will\s+not|won't|do\s+not|does\s+not)\s+(?:approve|cover|pay)|not\s+covered|not\s+payable|rejected|non-?covered)\b/i;
const NEGATED_DENIAL = /\bnot\s+a\s+denial\b|\bthis\s+is\s+not\s+a\s+bill\b/i;
const APPROVAL_CONTEXT = /\bapprov|\bguarantee/i;

export type Statement = { text: string; conditional: boolean };

/** The letter's sentences, further split at semicolons, each marked when it only explains options. */
export function statements(text: string): Statement[] {
  return sentences(text)
    .flatMap((s) => s.split(/;\s+/))
    .map((t) => ({ text: t, conditional: CONDITIONAL.test(t) }));
}

/** True when the letter denies something: a plain denial statement, or a denial code on a claim. */
export function readIsDenial(all: Statement[], codes: CodeHit[]): boolean {
  const said = all.some((s) => !s.conditional && DENIAL.test(s.text) && !NEGATED_DENIAL.test(s.text) && !APPROVAL_CONTEXT.test(s.text));
  return said || codes.some((c) => isDenialCode(c.code));
}

type Hit = { reason: ReasonSlug; level: number; evidence: string };

/**
 * The denial reason. Wording in a sentence that gives the reason ("because", "reason") counts most,
 * then wording in a sentence that denies, then a reason code, then wording anywhere else.
 * When the strongest evidence points two ways and the codes do not settle it, nothing is returned.
 */
export function readReason(text: string, all: Statement[], codes: CodeHit[]): Found<ReasonSlug> | undefined {
  const hits: Hit[] = [];
  for (const s of all) {
    if (s.conditional) continue;
    const level = BECAUSE.test(s.text) && DENIAL.test(s.text) ? 4 : BECAUSE.test(s.text) || DENIAL.test(s.text) ? 3 : 1;
    for (const [reason, patterns] of Object.entries(REASON_WORDING) as [ReasonSlug, RegExp[]][]) {
      const m = patterns.map((p) => p.exec(s.text)).find(Boolean);
      if (m) hits.push({ reason, level, evidence: snippet(s.text, m.index, m[0].length) });
    }
  }
  const textLines = lines(text);
  const codeReasons = new Set<ReasonSlug>();
  for (const c of codes) {
    const reason = CODE_REASONS[codeNumber(c.code)];
    if (!reason) continue;
    codeReasons.add(reason);
    const before = text.slice(0, c.index);
    const line = textLines[before.split('\n').length - 1] ?? c.code;
    hits.push({ reason, level: 2, evidence: snippet(line) });
  }
  if (!hits.length) return undefined;
  const top = Math.max(...hits.map((h) => h.level));
  const best = hits.filter((h) => h.level === top);
  const reasons = [...new Set(best.map((h) => h.reason))];
  if (reasons.length === 1) return { value: reasons[0]!, evidence: best[0]!.evidence };
  const settled = reasons.filter((r) => codeReasons.has(r));
  if (settled.length === 1) {
    const hit = best.find((h) => h.reason === settled[0])!;
    return { value: hit.reason, evidence: hit.evidence };
  }
  return undefined;
}

/**
 * The sentence in which the letter states its reason in its own words (for "the reason in the insurer's
 * words"): the first non-conditional sentence that gives or states a denial with wording for `reason`.
 * None when the reason was read only from a code, or the sentence is too long to quote whole.
 */
export function readReasonWords(all: Statement[], reason: ReasonSlug): Found<string> | undefined {
  for (const s of all) {
    if (s.conditional || !(BECAUSE.test(s.text) || DENIAL.test(s.text))) continue;
    if (!REASON_WORDING[reason].some((p) => p.test(s.text))) continue;
    const quote = s.text.replace(/\s+/g, ' ').trim();
    return quote.length <= 600 ? { value: quote, evidence: snippet(quote) } : undefined;
  }
  return undefined;
}
