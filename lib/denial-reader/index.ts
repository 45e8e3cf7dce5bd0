import { findAppealsAddress } from './address';
import { findCodes } from './codes';
import { findCriteria } from './criteria';
import { findLetterDate, findServiceDate } from './dates';
import { findClaimNumber, findMemberId } from './identifiers';
import { DRUG_NAME_LABELS, findEntry, nameSpans, PAYER_LABELS, SUBJECT_BEFORE, SUBJECT_LABELS } from './names';
import { findPatientName } from './person';
import { isAppealDecision, noticeContents } from './notice-check';
import { readPlanTypeHint } from './plan-hint';
import { isAppealAcknowledgment, readIsDenial, readPartial, readReason, readReasonWords, statements } from './reason';
import { isEnglish, normalizeText } from './text';
import type { CatalogEntry, DenialCatalog, DenialReading } from './types';

export type { CatalogEntry, DenialCatalog, DenialReading, Found, NamedFound } from './types';
export { normalizeCode } from './codes';
export { parseDate } from './dates';

/** A denial in Spanish, so the patient is told we read English only rather than "this is not a denial". */
const OTHER_LANGUAGE_DENIAL =
  /(?<![\p{L}])(?:neg(?:ad[oa]s?|amos|ar|ó)|deneg(?:ad[oa]s?|amos|ar|ación|ó)|rechaz(?:ad[oa]s?|amos|ar|ó)|no\s+(?:fue\s+|ha\s+sido\s+)?aprobad[oa]|no\s+(?:podemos|pudimos)\s+aprobar|determinaci[oó]n\s+adversa|từ\s+chối|refus[ée]e?s?|rejet[ée]e?s?|indeferid[oa]|recusad[oa]|拒绝|不予批准|отказ\w*|거부|거절)(?![\p{L}])/iu;

/**
 * Names that contain a payer's words but never name the payer: the Blue Cross Blue Shield Association licenses
 * plans, it insures no one; Humana Military runs TRICARE's East Region for the Defense Health Agency; a Medigap
 * or other supplemental insurer the claim was sent on to is not the plan that decided it.
 */
const NOT_PAYER =
  /\bBlue\s+Cross\s+(?:and\s+)?Blue\s+Shield\s+Association\b|\bHumana\s+Military\b|\b(?:Medigap|supplemental\s+insur(?:er|ance)|secondary\s+insur(?:er|ance))\b[^.\n]{0,80}/gi;
/** A benefit manager named only as the pharmacy that fills or the company that processes claims, not one that decided. */
const NOT_DECIDER =
  /\b(?:processed|filled|dispensed|shipped|delivered)\s+by\s+[^.\n]{0,60}|\b(?:CVS\s+Caremark|Express\s+Scripts|Optum\s*Rx)\s+(?:Mail\s+(?:Service\s+|Order\s+)?|Home\s+Delivery\s+)?Pharmacy\b/gi;
/** A sentence about another service the notice leaves alone ("Our approval for physical therapy … is not affected by this notice"). */
const NOT_SUBJECT = /\b(?:is|are)\s+not\s+affected\s+by\s+this\s+(?:notice|letter|decision)\b|\bare\s+a\s+separate\s+benefit\b/gi;
/** The whole sentence around each match (up to 400 characters back), found without a pattern that rescans the text. */
const sentenceSpans = (text: string, re: RegExp) =>
  [...text.matchAll(re)].map((m) => {
    const start = text.lastIndexOf('.', m.index);
    const end = text.indexOf('.', m.index + m[0].length);
    return { start: Math.max(start + 1, m.index - 400), end: end < 0 ? text.length : end };
  });
const spans = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * Read a pasted denial letter: deterministic, no network, no model. A field is returned only when
 * the letter states it; anything ambiguous is left for the patient to fill in.
 */
export function readDenialLetter(text: string, catalog: DenialCatalog): DenialReading {
  const clean = normalizeText(String(text ?? '')).slice(0, 200_000);
  if (!isEnglish(clean))
    return { isDenial: OTHER_LANGUAGE_DENIAL.test(clean), partial: false, english: false, codes: [], criteria: [], noticeItems: [], appealDecision: false };
  const codeHits = findCodes(clean);
  const all = statements(clean);
  const isDenial = readIsDenial(all, codeHits);
  const reading: DenialReading = {
    isDenial,
    partial: isDenial && readPartial(all, codeHits),
    english: true,
    codes: codeHits.map((c) => c.code),
    criteria: isDenial ? findCriteria(clean) : [],
    noticeItems: [],
    appealDecision: isDenial && isAppealDecision(clean),
  };
  const put = <K extends keyof DenialReading>(key: K, value: DenialReading[K] | undefined) => {
    if (value !== undefined) reading[key] = value;
  };
  const managerSpans = nameSpans(clean, catalog.benefitManagers);
  put('benefitManager', findEntry(clean, catalog.benefitManagers, { headerLines: 6, labels: PAYER_LABELS, mask: spans(clean, NOT_DECIDER) }));
  put('insurer', findEntry(clean, catalog.insurers, { labels: PAYER_LABELS, mask: [...managerSpans, ...spans(clean, NOT_PAYER)] }));
  put(
    'drug',
    findEntry(clean, catalog.drugs, {
      labels: SUBJECT_LABELS,
      strictLabels: DRUG_NAME_LABELS,
      subjectBefore: SUBJECT_BEFORE,
      mask: sentenceSpans(clean, NOT_SUBJECT),
    }),
  );
  if (isDenial) put('reason', readReason(clean, all, codeHits));
  if (reading.reason) put('reasonWords', readReasonWords(all, reading.reason.value));
  put('letterDate', findLetterDate(clean));
  put('serviceDate', findServiceDate(clean));
  // An appeal's own notices, its decision or its acknowledgment, are named by the appeal's number.
  put('claimNumber', findClaimNumber(clean, { appealDecision: reading.appealDecision || isAppealAcknowledgment(all) }));
  put('patientName', findPatientName(clean));
  put(
    'memberId',
    findMemberId(
      clean,
      [...catalog.insurers, ...catalog.benefitManagers].flatMap((e) => e.names),
    ),
  );
  put('appealsAddress', findAppealsAddress(clean));
  put('planTypeHint', readPlanTypeHint(clean, all));
  if (isDenial) reading.noticeItems = noticeContents(clean, all, reading);
  return reading;
}

type InsurerFront = { slug: string; name: string; shortName?: string; aliases?: string[] };
type DrugFront = { slug: string; name: string; generic?: string; aliases?: string[] };

/** The catalog from content front matter: insurers by name, shortName and aliases; drugs by name, generic and aliases. */
export function catalogFromFrontMatter(insurers: InsurerFront[], drugs: DrugFront[], benefitManagers: InsurerFront[] = []): DenialCatalog {
  const entry = (slug: string, names: (string | undefined)[]): CatalogEntry => ({
    slug,
    names: [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim().length > 0))],
  });
  return {
    insurers: insurers.map((i) => entry(i.slug, [i.name, i.shortName, ...(i.aliases ?? [])])),
    benefitManagers: benefitManagers.map((m) => entry(m.slug, [m.name, m.shortName, ...(m.aliases ?? [])])),
    drugs: drugs.map((d) => entry(d.slug, [d.name, d.generic, ...(d.aliases ?? [])])),
  };
}
