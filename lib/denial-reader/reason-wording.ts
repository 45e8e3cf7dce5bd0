import type { ReasonSlug } from '@/lib/content/reasons';

const AUTH = '(?:prior\\s+|pre-?)?(?:authorization|authorisation|approval|certification|precertification)';

/** Wording that states each reason. Matched sentence by sentence, case-insensitive. */
export const REASON_WORDING: Readonly<Record<ReasonSlug, RegExp[]>> = {
  'prior-authorization': [
    new RegExp(
      `\\b${AUTH}\\s+(?:\\w+\\s+){0,4}?(?:was|were|has|had|is)\\s+not\\s+(?:been\\s+)?(?:obtained|requested|received|submitted|on\\s+file|in\\s+place|found)\\b`,
      'i',
    ),
    new RegExp(
      `\\b(?:no|without(?:\\s+(?:a|an|the))?|did\\s+not\\s+(?:obtain|get|request|have)|never\\s+(?:obtained|requested)|failed\\s+to\\s+(?:obtain|get|request))\\s+(?:(?:valid|required|approved|active|any)\\s+)?${AUTH}\\b`,
      'i',
    ),
    new RegExp(`\\b${AUTH}\\s+(?:was\\s+|is\\s+)?(?:absent|missing|required\\s+but\\s+(?:was\\s+)?not\\s+(?:obtained|requested|received))\\b`, 'i'),
    new RegExp(`\\b(?:do|does|did)\\s+not\\s+have\\s+(?:an?\\s+)?(?:approval|${AUTH})\\s+on\\s+file\\b`, 'i'),
    // Paraphrased: "We did not receive a request for approval", "We have no referral or approval on file".
    /\bdid\s+not\s+(?:receive|get)\s+(?:a|any)\s+request\s+for\s+(?:approval|authorization|prior\s+authorization)\b/i,
    /\bno\s+(?:referral\s+or\s+)?(?:approval|authorization|referral)\s+(?:\w+\s+)?on\s+file\b/i,
    // Paraphrased: "We could not find an approved authorization", "the provider did not get the required approval".
    /\bcould\s+not\s+find\s+(?:an?\s+|any\s+)?(?:approved\s+|valid\s+)?(?:authorization|approval|referral|precertification)\b/i,
    /\b(?:did\s+not|didn't|failed\s+to)\s+(?:get|obtain|receive)\s+(?:the\s+|an?\s+)?(?:required\s+)?(?:approval|authorization|prior\s+authorization|referral|precertification)\b/i,
    // Paraphrased: "We did not look at whether it was needed, because no request was sent to us."
    /\bno\s+(?:prior\s+authorization\s+|approval\s+)?request\s+was\s+(?:ever\s+)?(?:sent|submitted|made|received)\b/i,
    // "Because the prior authorization requirements were not met, the request was denied."
    new RegExp(`\\b${AUTH}\\s+(?:requirements?|criteria|rules)\\s+(?:(?:were|was|are|is)\\s+not|have\\s+not\\s+been|has\\s+not\\s+been)\\s+met\\b`, 'i'),
    // "The plan requires prior authorization for advanced imaging and none was on file."
    new RegExp(
      `\\brequire[sd]?\\s+${AUTH}\\b[^.]{0,80}?\\b(?:and|but)\\s+(?:none|no\\s+(?:\\w+\\s+)?(?:request|approval|authorization))\\s+(?:was|were|is|had\\s+been|has\\s+been)\\s+(?:on\\s+file|obtained|received|requested|submitted)\\b`,
      'i',
    ),
    // Paraphrased: the documents a request needs were never sent.
    /\b(?:required|requested|needed|necessary)\s+(?:\w+\s+){0,3}(?:documentation|documents|information|records|referral)\b[^.]{0,40}?\b(?:was|were|has\s+not\s+been|have\s+not\s+been)\s+(?:not\s+)?(?:received|submitted|provided|sent)\b/i,
  ],
  'medical-necessity': [
    /\bnot\s+(?:considered\s+|deemed\s+|found\s+to\s+be\s+|shown\s+to\s+be\s+)?medically\s+necessary\b/i,
    /\bn't\s+medically\s+necessary\b/i,
    /\bnot\s+reasonable\s+and\s+necessary\b/i,
    // A rule that pays only for what is necessary, given as the reason: "we pay only for care that is medically
    // necessary", "considers … medically necessary … only when at least one of the following".
    /\b(?:pay|cover)s?\s+only\s+for\s+(?:care|services?|treatment|supplies)\s+that\s+(?:is|are)\s+medically\s+necessary\b/i,
    /\bmedically\s+necessary\b[^.]{0,80}\bonly\s+(?:when|if)\b/i,
    /\bnot\s+(?:deemed|considered)\s+(?:an?\s+)?"?medical\s+necessity\b/i,
    /\b(?:lack|absence)\s+of\s+medical\s+necessity\b/i,
    /\bmedical\s+necessity\s+(?:criteria|guidelines|requirements|standards)\s+(?:was|were|are|is|have|has)\s+not\s+(?:been\s+)?met\b/i,
    /\b(?:requirements?|criteria)\s+for\s+medical\s+necessity\b[^.]{0,40}\b(?:are|is|were|was)\s+not\s+(?:been\s+)?met\b/i,
    /\b(?:does|do|did)\s+not\s+meet\b[^.]{0,60}\bmedical\s+necessity\b/i,
    // Paraphrased: the records "do not show" or "do not support" that it is necessary.
    /\b(?:do(?:es)?|did)\s+not\s+(?:show|support|demonstrate|document|establish)\b[^.]{0,80}\bmedical(?:ly)?\s+necess/i,
  ],
  'step-therapy': [
    /\bstep[- ]therapy\b/i,
    /\bfail[- ]first\b/i,
    /\bmust\s+(?:first\s+)?(?:try|have\s+tried|use|have\s+used)\b[^.]{0,80}\b(?:first|before)\b/i,
    // Paraphrased: covered "only after a member has tried a lower-cost medicine first".
    /\b(?:tried|used|taken|failed|treated\s+with)\b[^.]{0,60}\bfirst\b/i,
    // Paraphrased: "asks members to try other medicines for eczema before it will pay for Dupixent".
    /\b(?:try|tried|use)\s+(?:other|another|a\s+different)\s+(?:\w+\s+)?(?:medicines?|drugs?|medications?|treatments?)\b[^.]{0,60}\bbefore\b/i,
    /\b(?:try|tried|use|used)\s+(?:\w+\s+){0,3}(?:preferred|lower-cost|formulary|generic)\s+(?:\w+\s+)?(?:drugs?|medicines?|medications?|treatments?|options?)\s+(?:first|before)\b/i,
    // Paraphrased: "requires that patients first use Humira", "covers Mounjaro once you've tried metformin",
    // "Non-preferred agents are approved only after preferred agents have been tried".
    /\brequires?\s+(?:that\s+)?(?:patients?|members?|you|enrollees?)\s+(?:to\s+)?first\s+(?:use|try|take)\b/i,
    // "Before aflibercept (Eylea) is covered …, your plan requires a trial of bevacizumab."
    /\bbefore\s+[^.]{0,60}\bis\s+covered\b[^.]{0,60}\brequires?\s+(?:a\s+)?trial\s+of\b/i,
    /\b(?:once|after)\s+(?:you(?:'ve|\s+have)|the\s+(?:member|patient)\s+has|(?:members?|patients?)\s+have)\s+(?:already\s+)?(?:tried|used|taken|failed)\b/i,
    /\bonly\s+after\b[^.]{0,60}\b(?:have|has)\s+been\s+(?:tried|used|failed)\b/i,
    /\bafter\s+(?:\w+\s+){0,4}?(?:treatments?|drugs?|medicines?|medications?|agents?|therap(?:y|ies))\s+(?:have|has)\s+been\s+(?:tried|used|failed)\b/i,
  ],
  'non-formulary': [
    /\bnon-?formulary\b/i,
    // "not on the Ambetter drug list": the plan's name may sit before the list's.
    /(?:\bnot|n't)\s+(?:on|in|included\s+(?:on|in)|listed\s+(?:on|in)|covered\s+on)\s+(?:(?:our|the|your|this|plan's|plan)\s+)*(?:[\w&'-]+\s+){0,5}?(?:(?:preferred|covered|approved)\s+)?(?:formulary|drugs?\s+list|list\s+of\s+covered\s+drugs|preferred\s+drug\s+list)\b/i,
    // "excluded from this formulary", "excluded from the CVS Caremark Standard Control Formulary".
    /\bexcluded\s+from\s+(?:(?:the|our|your|this|plan's)\s+)?(?:[\w&'-]+\s+){0,4}?(?:formulary|drug\s+list)\b/i,
    /\bnot\s+a\s+(?:covered\s+|formulary\s+)drug\b/i,
    /\bno\s+longer\s+(?:on|in|included\s+(?:on|in)|listed\s+(?:on|in)|covered\s+(?:on|by))\s+(?:(?:our|the|your|this|plan's|plan)\s+)*(?:[\w&'-]+\s+){0,3}?(?:(?:preferred|covered)\s+)?(?:formulary|drug\s+list|list\s+of\s+covered\s+drugs)\b/i,
    /(?:\bnot|n't)\s+(?:included\s+)?(?:on|in)\s+(?:the|your\s+plan's|our)\s+list\s+of\s+(?:prescription\s+|covered\s+)?(?:drugs|medicines|medications)\b/i,
    /\bformulary\s+exclusion\b|\bexcluded\s+(?:drug|from\s+coverage\s+on\s+the\s+formulary)\b/i,
  ],
  experimental: [
    /\bexperimental\b/i,
    /\binvestigational\b/i,
    /\bunproven\b/i,
    /\bnot\s+(?:been\s+)?proven\s+(?:to\s+be\s+)?(?:effective|safe)\b/i,
    // Paraphrased: "the benefit of the test for this use has not been proven".
    /\b(?:benefit|effectiveness|value|usefulness)\b[^.]{0,40}\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:proven|established|shown)\b/i,
  ],
  'out-of-network': [
    /\bout[- ]of[- ]network\b/i,
    /\bnon-?participating\b/i,
    /\bnot\s+(?:a\s+)?(?:participating|in-network|network|contracted|plan)\s+(?:provider|pharmacy|facility|physician|doctor|hospital)\b/i,
    // "is not a Kaiser Permanente Plan Provider", "Services from non-Plan Providers".
    /\bnot\s+an?\s+(?:[A-Z][\w-]*\s+){1,3}(?:plan|network|participating)\s+provider\b|\bnon-plan\s+providers?\b/i,
    /\b(?:not\s+(?:in|part\s+of)|outside(?:\s+of)?)\s+(?:our|the|your|plan's)\s+(?:\w+\s+)?network\b/i,
    // Paraphrased: "The clinic has no agreement with TriWest to care for TRICARE patients."
    /\b(?:is|are)\s+not\s+contracted\s+with\b|\b(?:has|have)\s+no\s+(?:agreement|contract)\s+with\b|\b(?:does|do)\s+not\s+have\s+(?:a|an)\s+(?:agreement|contract)\s+with\b/i,
    /\b(?:do|does)\s+not\s+(?:take\s+part\s+in|participate\s+in|belong\s+to)\s+(?:the|our|your)\s+(?:\w+\s+)?network\b/i,
  ],
  'quantity-limit': [
    /\bquantity\s+limits?\b/i,
    // The Medicare Summary Notice's "does not support the need for this many services or items in this period".
    /\bthis\s+many\s+(?:services|items|units|visits|supplies|doses)\b/i,
    // "The Local Coverage Determination … allows one unit of A4239 for each 30-day period."
    /\b(?:allows?|covers?|pays\s+for)\s+(?:only\s+)?(?:one|two|three|four|\d+)\s+(?:units?|pens?|tablets?|visits?|fills?|doses?)\b[^.]{0,30}?\b(?:each|every|per|a)\s+(?:\d+[- ]day|month|week|year)/i,
    // "coverage is limited to 8 tablets every 30 days".
    /\blimited\s+to\s+\d+\s+(?:\w+\s+){0,2}?(?:every|per|a|each)\s+(?:\d+\s+)?(?:days?|weeks?|months?|years?)\b/i,
    // A pharmacy's reject slip: "REJECT 76 - PLAN LIMITATIONS EXCEEDED", "QTY LIMIT 8 TABS PER 30 DAYS".
    /\bqty\.?\s+limits?\b|\bplan\s+limitations?\s+exceeded\b/i,
    // Not a bill over the network rate ("Charges exceed the amount allowed under the network agreement": CO-45).
    /(?<!\b(?:charges?|billed|amounts?\s+billed|fees?|bill|price)\s+)\bexceeds?\s+(?:(?:the|our|your|plan's|plan)\s+)*(?:maximum\s+|allowed\s+|covered\s+|approved\s+)?(?:quantity|dosage\s+limit|amount\s+allowed|number\s+of\s+(?:units|doses|fills))\b/i,
    /\bmore\s+than\s+the\s+(?:plan\s+)?(?:allows|allowed|covered|maximum)\s+(?:quantity|amount)\b/i,
    /\b(?:more|greater)\s+than\s+(?:the|your|this|our)\s+(?:plan(?:'s)?\s+)?(?:allows|covers|limit|maximum)\b/i,
    /\bplan\s+limits\s+(?:\S+\s+){1,3}to\s+\d/i,
    /\bexceeds?\s+what\s+(?:your|the|our)\s+(?:plan|benefit|coverage)\s+(?:allows|covers|pays)\b/i,
    /\b(?:above|over|exceeds?)\s+(?:the|your|our)\s+(?:plan(?:'s)?\s+)?(?:maximum|limit)\b/i,
    /\b(?:pays|covers)\s+(?:for\s+)?(?:[\w-]+\s+){0,3}?(?:up\s+to|no\s+more\s+than)\s+\d+\s+(?:\w+\s+){0,4}(?:visits|units|doses|tablets|pens|vials|fills|sessions)\b/i,
    // Paraphrased: "You have already used all of the physical therapy visits your plan covers."
    /\bused\s+(?:up\s+)?all\s+(?:of\s+)?(?:the\s+|your\s+)?[^.]{0,40}?\b(?:visits|units|doses|fills|days|sessions)\b[^.]{0,30}?\b(?:plan|benefit)\s+(?:covers|allows)\b/i,
  ],
};
