import type { NoticeItem } from '@/lib/appeal/plans/notice';
import type { Statement } from './reason';
import type { DenialReading } from './types';

/**
 * Which of the things a denial notice must contain this notice does contain, read from its words. What the
 * rules require of each plan type lives in lib/appeal/plans/notice.ts; this only says what is on the page.
 * When unsure, an item counts as present: we tell the patient "your notice did not include" only when we
 * found no sign of it at all.
 */
const SIGNS: Record<Exclude<NoticeItem, 'specific-reason' | 'denial-code' | 'claim-identity'>, RegExp> = {
  'plan-provision':
    /\b(?:section|provision|article|exclusions?|certificate\s+of\s+coverage|evidence\s+of\s+coverage|summary\s+plan\s+description|plan\s+(?:document|brochure|booklet)|benefit\s+(?:booklet|plan\s+document)|brochure|(?:clinical|medical|coverage|drug|pharmacy)\s+(?:policy|policies|guidelines?|criteria)|coverage\s+determination\s+\(?(?:LCD|NCD)|local\s+coverage\s+determination|national\s+coverage\s+determination|LCD|NCD|clinical\s+policy\s+bulletin|CPB|formulary|drug\s+list|preferred\s+drug\s+list|list\s+of\s+covered\s+drugs|C\.?F\.?R\.?|CSR|Social\s+Security\s+Act|operations\s+manual|quantity\s+limit|step\s+therapy\s+(?:requirement|program|rule)|your\s+plan\s+(?:requires|covers|limits|uses|has)|our\s+plan\s+covers|medicare\s+covers)\b/i,
  'info-needed':
    /\b(?:(?:if|when|once)\s+(?:your|the)\s+(?:doctor|provider|prescriber|therapist|physician)\s+(?:sends?|submits?|provides?|gives?)|send\s+(?:us\s+)?(?:a\s+)?(?:new\s+request|more|records|the\s+missing)|new\s+request\s+with|(?:additional|more|missing|updated)\s+(?:information|records|documentation|notes)|records\s+(?:that|showing)\s+(?:show|the)|would\s+help|could\s+help|ask\s+for\s+(?:a|an)\s+(?:exception|quantity\s+limit\s+exception|step\s+therapy\s+exception|formulary\s+exception)|(?:peer-to-peer|peer\s+to\s+peer))\b/i,
  'appeal-steps': /\b(?:appeal|reconsideration|redetermination|grievance|fair\s+hearing|state\s+hearing|disputed\s+claims?)\b/i,
  criteria:
    /\b(?:criteria|criterion|guidelines?|clinical\s+policy|medical\s+policy|coverage\s+policy|drug\s+policy|protocol|LCD|NCD|clinical\s+(?:coverage\s+)?polic(?:y|ies)|coverage\s+rules?)\b/i,
  'clinical-judgment':
    /\b(?:clinical\s+(?:judgment|rationale|basis|reason)|scientific\s+or\s+clinical|(?:physician|doctor|psychiatrist|pharmacist|gastroenterologist|nurse|medical\s+director|clinician|reviewer|specialist)\s+(?:reviewer\s+)?(?:who\s+)?(?:reviewed|made|compared|decided)|(?:made|reviewed)\s+by\s+a\s+(?:board[- ]certified\s+)?(?:\w+\s+)?(?:physician|doctor|psychiatrist|pharmacist|gastroenterologist|reviewer|specialist)|board[- ]certified|not\s+enough\s+(?:published\s+)?evidence|the\s+(?:records|notes|documentation|assessment|evaluation|information)\s+(?:we\s+received\s+)?(?:show|shows|describe|do\s+not|does\s+not))\b/i,
  expedited: /\b(?:expedited|fast\s+(?:appeal|review|reconsideration|redetermination|decision|track)|urgent\s+(?:appeal|review|reconsideration))\b/i,
  'codes-on-request': /\b(?:diagnosis|treatment)\s+codes?\b[^.]{0,100}\b(?:request|available|free)\b|\bcodes?\s+and\s+(?:their\s+)?meanings?\b/i,
  'external-review':
    /\b(?:external\s+(?:medical\s+)?review|independent\s+(?:medical\s+)?review(?:\s+organization)?|independent\s+review\s+entity|IRO|IMR|independent\s+reviewer)\b/i,
  'consumer-assistance':
    /\b(?:consumer\s+assistance|ombuds(?:man|person)|department\s+of\s+(?:insurance|labor|managed\s+health\s+care)|employee\s+benefits\s+security\s+administration|EBSA|insurance\s+commissioner|office\s+of\s+the\s+health\s+insurance)\b/i,
  'fair-hearing': /\b(?:state\s+)?(?:fair\s+)?hearing\b/i,
  'continued-benefits':
    /\b(?:continue|continued|keep)\s+(?:to\s+(?:get|receive)\s+)?(?:your\s+|the\s+|this\s+|getting\s+|receiving\s+)?(?:benefits?|services?|coverage|care|medicine|medication|treatment)\b|\b(?:services?|benefits?|coverage|medicine)\s+(?:can|may|will)\s+continue\b|\bcontinuing\s+your\s+services\b|\bwant\s+(?:it|them)\s+to\s+continue\b/i,
};
/** A copy of the criteria, or of everything relied on, offered free: that satisfies the criteria and clinical-judgment items. */
const FREE_COPY =
  /\b(?:free(?:\s+of\s+charge)?\s+cop(?:y|ies)|cop(?:y|ies)\s+(?:\w+\s+){0,6}free\s+of\s+charge|free\s+of\s+charge[^.]{0,80}\bcop(?:y|ies)|request,?\s+free\s+of\s+charge|at\s+no\s+cost)\b/i;

export function noticeContents(
  text: string,
  all: Statement[],
  reading: Pick<DenialReading, 'reason' | 'reasonWords' | 'codes' | 'claimNumber' | 'serviceDate' | 'appealsAddress' | 'criteria'>,
): NoticeItem[] {
  const present = new Set<NoticeItem>();
  for (const [item, words] of Object.entries(SIGNS) as [NoticeItem, RegExp][]) if (words.test(text)) present.add(item);
  // A reason the reader could name, or a sentence that explains one.
  const explains = all.some(
    (s) =>
      !s.conditional &&
      /\b(?:because|reasons?\s+(?:for|is|was)|for\s+(?:two|three|these|the\s+following)\s+reasons|why\s+(?:we|did|part)|the\s+(?:records|notes|documentation|information)\s+(?:we\s+received\s+)?(?:do|does|did)\s+not)\b/i.test(
        s.text,
      ),
  );
  if (reading.reason || reading.reasonWords || explains) present.add('specific-reason');
  if (reading.codes.length || /\b(?:denial|reason|adjustment)\s+codes?\b/i.test(text)) present.add('denial-code');
  if (reading.claimNumber || reading.serviceDate) present.add('claim-identity');
  if (reading.criteria.length || FREE_COPY.test(text)) {
    present.add('criteria');
    present.add('clinical-judgment');
  }
  // The appeal steps need more than the word "appeal": where or how, and by when.
  if (
    present.has('appeal-steps') &&
    !(
      reading.appealsAddress ||
      /\b(?:within|by)\s+(?:\d+|sixty|thirty|ninety)|\bdays?\s+(?:from|of|after)\b|\b(?:call|fax|mail|write|send|online|portal|sign\s+in)\b/i.test(text)
    )
  )
    present.delete('appeal-steps');
  return [...present];
}

/** A decision on an appeal (a reconsideration or redetermination upheld), not a first denial: the notice rules checked here are for first denials. */
/** A title line: "REDETERMINATION NOTICE", "Medicare Redetermination Notice", "Appeal decision". */
const APPEAL_TITLE =
  /^\s*(?:\w+\s+){0,2}(?:redetermination|reconsideration|appeal)\s+(?:decision|notice)\b|\brequest\s+for\s+reconsideration\s+-\s+decision\b/im;
const APPEAL_DECISION =
  /\b(?:uph[eo]ld(?:ing|s)?\s+(?:our|the|its)\s+(?:original|initial|first|earlier)\b|decision\s+on\s+your\s+(?:\w+\s+)?appeal\b|(?:finished|completed)\s+(?:our|the)\s+(?:review\s+of\s+your\s+)?(?:reconsideration|redetermination|appeal)\b|this\s+letter\s+is\s+to\s+inform\s+you\s+of\s+the\s+decision\s+on\s+your\s+\w+\s+appeal|(?:have|has)\s+reviewed\s+your\s+(?:\w+\s+)?(?:appeal|reconsideration|redetermination)\b|(?:not\s+able\s+to|could\s+not|cannot)\s+decide\s+(?:fully\s+)?in\s+your\s+favor\b)/i;

export function isAppealDecision(text: string): boolean {
  return APPEAL_DECISION.test(text) || APPEAL_TITLE.test(text);
}
