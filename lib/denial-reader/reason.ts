import type { ReasonSlug } from '@/lib/content/reasons';
import { CODE_REASONS, codeNumber, isDenialCode, type CodeHit } from './codes';
import { REASON_WORDING } from './reason-wording';
import type { Found } from './types';
import { lines, sentences, snippet } from './text';

/** Sentences that only explain rights or options ("If you disagree…", "You can ask for an exception…"). */
const CONDITIONAL =
  /^(?:if|when|whether|unless|in\s+case|once|to\s+(?:ask|request|appeal|file)|even\s+if)\b|\b(?:you|your\s+(?:doctor|prescriber|provider)|they)\s+(?:can|may|could|have\s+the\s+right\s+to)\s+(?:also\s+)?(?:ask|request|appeal|file|call|get|submit)\b/i;
const BECAUSE = /\b(?:because|reasons?|why|due\s+to|based\s+on|as\s+follows|rationale|explanation)\b/i;
/** A decision that refuses something, however it is worded: "denied", "not approved", "unable to approve", "upholding our decision". */
const DENIAL = new RegExp(
  [
    '\\b(?:denied|deny|denying|denial|adverse\\s+(?:benefit\\s+)?determination|rejected|non-?covered|unfavorable)\\b',
    '\\b(?:not|never)\\s+(?:been\\s+)?(?:approved|approving|authorized|covered|payable|paid\\s+separately)\\b',
    "\\b(?:wasn't|weren't|isn't|aren't|hasn't\\s+been|haven't\\s+been)\\s+(?:approved|covered|authorized|paid)\\b",
    '\\bnot\\s+a\\s+covered\\s+(?:benefit|service|expense|item|drug|medication)\\b',
    "\\b(?:cannot|can't|could\\s+not|couldn't|unable\\s+to|not\\s+able\\s+to|will\\s+not|won't|do\\s+not|does\\s+not|did\\s+not|decided\\s+not\\s+to|decision\\s+not\\s+to)\\s+(?:\\w+\\s+)?(?:approve|cover|pay|authorize|extend\\s+coverage|provide\\s+(?:coverage|benefits)|certify)\\b",
    '\\b(?:not|non-?)\\s?certified\\b|\\bnon-?certification\\b',
    '\\b(?:keep|keeping|kept|stand\\s+by|affirm(?:ed|ing)?)\\s+(?:our|the)\\s+(?:original|earlier|first|initial|prior)\\s+(?:decision|denial|determination)\\b',
    '\\buph[eo]ld(?:ing|s)?\\s+(?:our|the|its)\\s+(?:original\\s+|initial\\s+|first\\s+)?(?:decision|denial|determination)\\b',
    // "Benefits are not available because…"; "We could not find an approved authorization … did not get the required approval".
    '\\b(?:benefits|coverage)\\s+(?:are|is|were|was)\\s+not\\s+(?:available|payable|provided)\\b',
    // An authorization ended early, or care that "will not be covered after" a date (not "… unless you get a new approval").
    '\\bending\\s+(?:the|your|this)\\s+(?:authorization|approval|coverage)\\b[^.]{0,40}\\bearly\\b',
    '\\bwill\\s+not\\s+be\\s+(?:covered|paid|approved|authorized)\\s+(?:after|beyond|past|starting|from)\\b(?![^.]*\\b(?:unless|until|if|without)\\b)',
    '\\bcould\\s+not\\s+find\\s+(?:an?\\s+|any\\s+)?(?:approved\\s+|valid\\s+)?(?:authorization|approval|referral|precertification)\\b',
    "\\b(?:did\\s+not|didn't|failed\\s+to)\\s+(?:get|obtain|receive)\\s+(?:the\\s+|an?\\s+)?(?:required\\s+)?(?:approval|authorization|prior\\s+authorization|referral|precertification)\\b",
    // An appeal decided against the member, as Medicare plans word it: "We were not able to decide fully in your favor."
    '\\b(?:not\\s+able\\s+to|could\\s+not|cannot|unable\\s+to)\\s+decide\\s+(?:fully\\s+)?in\\s+your\\s+favor\\b',
    // Care cut or ended: "NOTICE OF INTENT TO REDUCE OR STOP A SERVICE", "your visits will stop on October 15",
    // "no longer meets criteria for continued stay" (never "your benefits will stop if you do not renew").
    '\\bnotice\\s+of\\s+(?:intent|action)\\s+to\\s+(?:reduce|stop|end|terminate|suspend)\\b',
    '\\b(?:services?|visits?|care|stay|coverage|benefits?|therapy|treatment)\\s+(?:will|are\\s+going\\s+to)\\s+(?:stop|be\\s+(?:stopped|reduced|terminated|discontinued|cut))\\b(?![^.]*\\b(?:if|unless)\\b)',
    '\\bno\\s+longer\\s+meets?\\s+(?:the\\s+)?(?:\\w+\\s+){0,3}criteria\\b',
    // A reviewer's finding, with no word of denial: "A physician reviewer found that the surgery is not medically necessary."
    '\\b(?:found|finds|determined|decided|concluded)\\s+(?:that\\s+)?[^.]{0,80}?\\b(?:is|are|was|were)\\s+not\\s+medically\\s+necessary\\b',
  ].join('|'),
  'i',
);
/** Saying what is not a denial: "This letter is not a denial", "No decision has been made". */
const NEGATED_DENIAL =
  /\b(?:letter|notice|decision)\s+(?:of|dated)\s+[^.]{0,60}?\b(?:which|that)\s+(?:did\s+not|denied|was\s+not|could\s+not)\b|\bnothing\b[^.]{0,30}\b(?:was|were|is|has\s+been)\s+denied\b|\b(?:not|n't)\s+a\s+denial\b|\bthis\s+is\s+not\s+a\s+bill\b|\bdenied:?\s+0\b|\b(?:no|zero|0)\s+(?:services?\s+|claims?\s+|items?\s+)?(?:were\s+)?denied\b/i;
/** A letter that acknowledges an appeal and promises a decision: about a denial, not one itself. */
const APPEAL_RECEIVED =
  /\bwe\s+(?:have\s+)?received\s+(?:the|your)\s+(?:\w+\s+){0,2}?(?:appeal|request\s+for\s+(?:an?\s+)?(?:appeal|reconsideration|redetermination))\b/i;
const DECISION_TO_COME =
  /\bwe\s+will\s+(?:tell|send|notify|give|mail)\s+(?:you\s+)?(?:of\s+)?(?:our|the|a)\s+(?:\w+\s+)?decision\b|\bwe\s+will\s+(?:make|reach)\s+(?:our|a)\s+decision\b/i;
const NO_DECISION_YET =
  /\bno\s+decision\s+has\s+been\s+made\b|\b(?:have|has)\s+not\s+(?:yet\s+)?made\s+(?:a|our|any)\s+decision\b|\b(?:this|the|it)\s+(?:(?:letter|notice)\s+)?(?:is\s+not|isn't)\s+a\s+denial\b|\bbefore\s+we\s+can\s+make\s+a\s+decision\b/i;
/** A denial that might happen, not one that did: "That could result in a denial." */
const HYPOTHETICAL =
  /\b(?:could|may|might|would|can|will)\s+(?:\w+\s+){0,3}(?:result\s+in|lead\s+to|mean)\s+(?:a\s+)?(?:denial|(?:being\s+)?denied)\b|\bavoid\s+(?:a\s+)?denial\b|\bguarantee\b/i;
/** Part approved and part denied, said in words: "approved in part", "partially approved", "we approved part of this request". */
const PARTIAL =
  /\bapproved\s+(?:\w+\s+){0,3}in\s+part\b|\bapproved\s+(?:part|some)\s+of\b|\bpartial(?:ly)?\s+(?:approv|den)|\bpartial\s+approval\b|\bin\s+part\s+(?:and|but)\s+denied\b|\bden(?:ied|y)\s+(?:part|some)\s+of\b|\b(?:denied|not\s+approved):?\s+(?:the\s+)?(?:other|remaining|rest)\b|\breduction\s+of\s+(?:the\s+)?requested\b/i;

export type Statement = { text: string; conditional: boolean };

/** The letter's sentences, further split at semicolons, each marked when it only explains options. */
export function statements(text: string): Statement[] {
  return sentences(text)
    .flatMap((s) => s.split(/;\s+/))
    .map((t) => ({ text: t, conditional: CONDITIONAL.test(t) || HYPOTHETICAL.test(t) }));
}

/** A statement that refuses coverage now (not "if we deny", not "this is not a denial"). */
export const deniesNow = (s: Statement) => !s.conditional && DENIAL.test(s.text) && !NEGATED_DENIAL.test(s.text);

/**
 * Less approved than asked for, in an approval's own figures ("Quantity requested: 16 tablets" over "Quantity
 * approved: 8 tablets", "we approved 6 of the 12 visits"): the rest is denied, and can be appealed.
 */
const REQUESTED_FIGURE = /^(?:[\w/ ]{0,20}\s)?requested\s*:\s*(\d+)\b/i;
const APPROVED_FIGURE = /^(?:[\w/ ]{0,20}\s)?(?:approved|authorized)\s*:\s*(\d+)\b/i;

function approvedLess(all: Statement[]): boolean {
  const figure = (re: RegExp) => all.map((s) => re.exec(s.text)?.[1]).find(Boolean);
  const requested = figure(REQUESTED_FIGURE);
  const approved = figure(APPROVED_FIGURE);
  if (requested && approved && Number(approved) < Number(requested)) return true;
  return all.some((s) => {
    const m = /\b(?:approved|authorized)\s+(\d+)\s+(?:of|out\s+of)\s+(?:the\s+)?(\d+)\b/i.exec(s.text);
    return !!m && Number(m[1]) < Number(m[2]);
  });
}

/** An appeal decided for the member: the earlier denial is reversed ("We have overturned our earlier decision"). */
const REVERSED =
  /\b(?:overturned|reversed)\s+(?:our|the|its)\s+(?:earlier\s+|original\s+|prior\s+|initial\s+|previous\s+|first\s+)?(?:decision|denial|determination)\b|\b(?:reconsideration|redetermination|appeal)\s+decision\s*:\s*(?:approved|overturned|fully\s+favorable)\b/i;

/** A letter that acknowledges an appeal and promises a decision. */
export const isAppealAcknowledgment = (all: Statement[]) => all.some((s) => APPEAL_RECEIVED.test(s.text)) && all.some((s) => DECISION_TO_COME.test(s.text));

/** True when the letter denies something: a plain denial statement, less approved than asked for, or a denial code on a claim. */
export function readIsDenial(all: Statement[], codes: CodeHit[]): boolean {
  if (all.some((s) => NO_DECISION_YET.test(s.text))) return false;
  // A reversal speaks of the denial it reverses; it denies nothing unless part stays denied.
  if (all.some((s) => REVERSED.test(s.text)) && !all.some((s) => PARTIAL.test(s.text))) return false;
  if (isAppealAcknowledgment(all)) return false;
  return all.some(deniesNow) || approvedLess(all) || codes.some((c) => isDenialCode(c.code));
}

/**
 * A decision that approves part of the request and denies the rest: said in words, or an explanation of
 * benefits whose codes show both a priced line (contract discount, cost sharing) and a denied one.
 */
export function readPartial(all: Statement[], codes: CodeHit[]): boolean {
  if (all.some((s) => !s.conditional && PARTIAL.test(s.text)) || approvedLess(all)) return true;
  // "APPROVED: 12 visits" beside "DENIED: 12 visits" (or "NOT APPROVED:"): part of the request each way.
  // Each may sit on its own line or run into the other's sentence when the lines are read as one paragraph.
  if (
    all.some((s) => /^approved\b\s*:?\s+\S|(?<!\bnot\s)\bapproved\s*:\s*\S/i.test(s.text)) &&
    all.some((s) => /^(?:not\s+approved|denied)\b\s*:?\s+\S|\b(?:not\s+approved|denied)\s*:\s*\S/i.test(s.text))
  )
    return true;
  return codes.some((c) => isDenialCode(c.code)) && codes.some((c) => !isDenialCode(c.code) && ['45', '1', '2', '3'].includes(codeNumber(c.code)));
}

/**
 * Wording that only says criteria were not met, with no reason named: counted for medical necessity only
 * when nothing in the letter names a more specific reason.
 */
const UNMET_CRITERIA = [
  /\b(?:does|do|did)\s+not\s+meet\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:criteria|guidelines?|clinical\s+policy)\b/i,
  /\b(?:records?|information|documentation|notes)\b[^.]{0,40}\b(?:do|does|did)\s+not\s+(?:show|describe|document|support|demonstrate|establish)\b/i,
  /\bfalls?\s+short\s+of\s+(?:our|the|your\s+plan's)\s+(?:\w+\s+)?(?:guidelines?|criteria|policy|requirements)\b/i,
  // "no longer meets criteria for continued stay", "item 1 and item 3 are not met".
  /\bno\s+longer\s+meets?\s+(?:the\s+)?(?:\w+\s+){0,3}?criteria\b/i,
  /\b(?:items?|criteri(?:a|on)|requirements?)\s+(?:\d+|[a-h])(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:items?\s+)?(?:\d+|[a-h]))*\s+(?:is|are|was|were)\s+not\s+met\b/i,
];
/** A sentence that says what the decision is not about ("This is not a decision about whether the test was medically necessary"). */
const NOT_ABOUT = /\bnot\s+(?:a\s+decision\s+)?about\s+whether\b|\bis\s+not\s+about\b/i;
/** The letter says it gives more than one reason: the patient picks the one to answer. */
const SEVERAL_REASONS = /\b(?:two|three|2|3|several|multiple)\s+(?:separate\s+|different\s+)?reasons\b/i;

type Hit = { reason: ReasonSlug; level: number; evidence: string };

/**
 * The denial reason. Wording in a sentence that gives the reason ("because", "reason") counts most,
 * then wording in a sentence that denies, then a reason code, then wording anywhere else.
 * When the strongest evidence points two ways and the codes do not settle it, nothing is returned.
 */
export function readReason(text: string, all: Statement[], codes: CodeHit[]): Found<ReasonSlug> | undefined {
  const hits: Hit[] = [];
  if (all.some((s) => !s.conditional && SEVERAL_REASONS.test(s.text) && DENIAL.test(s.text))) return undefined;
  const weak: Hit[] = [];
  for (const s of all) {
    if (s.conditional || NOT_ABOUT.test(s.text)) continue;
    const unmet = UNMET_CRITERIA.map((p) => p.exec(s.text)).find(Boolean);
    if (unmet) weak.push({ reason: 'medical-necessity', level: 0, evidence: snippet(s.text, unmet.index, unmet[0].length) });
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
  if (!hits.length && weak.length) return { value: 'medical-necessity', evidence: weak[0]!.evidence };
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
