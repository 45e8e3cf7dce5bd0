import { findAppealsAddress } from './address';
import { findCodes } from './codes';
import { findCriteria } from './criteria';
import { findLetterDate, findServiceDate } from './dates';
import { findClaimNumber, findMemberId } from './identifiers';
import { findEntry } from './names';
import { findPatientName } from './person';
import { readIsDenial, readReason, readReasonWords, statements } from './reason';
import { normalizeText } from './text';
import type { CatalogEntry, DenialCatalog, DenialReading } from './types';

export type { CatalogEntry, DenialCatalog, DenialReading, Found, NamedFound } from './types';
export { normalizeCode } from './codes';
export { parseDate } from './dates';

/**
 * Read a pasted denial letter: deterministic, no network, no model. A field is returned only when
 * the letter states it; anything ambiguous is left for the patient to fill in.
 */
export function readDenialLetter(text: string, catalog: DenialCatalog): DenialReading {
  const clean = normalizeText(String(text ?? '')).slice(0, 200_000);
  const codeHits = findCodes(clean);
  const all = statements(clean);
  const isDenial = readIsDenial(all, codeHits);
  const reading: DenialReading = {
    isDenial,
    codes: codeHits.map((c) => c.code),
    criteria: isDenial ? findCriteria(clean) : [],
  };
  const put = <K extends keyof DenialReading>(key: K, value: DenialReading[K] | undefined) => {
    if (value !== undefined) reading[key] = value;
  };
  put('insurer', findEntry(clean, catalog.insurers, { headerLines: 6 }));
  put('drug', findEntry(clean, catalog.drugs));
  if (isDenial) put('reason', readReason(clean, all, codeHits));
  if (reading.reason) put('reasonWords', readReasonWords(all, reading.reason.value));
  put('letterDate', findLetterDate(clean));
  put('serviceDate', findServiceDate(clean));
  put('claimNumber', findClaimNumber(clean));
  put('patientName', findPatientName(clean));
  put('memberId', findMemberId(clean));
  put('appealsAddress', findAppealsAddress(clean));
  return reading;
}

type InsurerFront = { slug: string; name: string; shortName?: string; aliases?: string[] };
type DrugFront = { slug: string; name: string; generic?: string; aliases?: string[] };

/** The catalog from content front matter: insurers by name, shortName and aliases; drugs by name, generic and aliases. */
export function catalogFromFrontMatter(insurers: InsurerFront[], drugs: DrugFront[]): DenialCatalog {
  const entry = (slug: string, names: (string | undefined)[]): CatalogEntry => ({
    slug,
    names: [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim().length > 0))],
  });
  return {
    insurers: insurers.map((i) => entry(i.slug, [i.name, i.shortName, ...(i.aliases ?? [])])),
    drugs: drugs.map((d) => entry(d.slug, [d.name, d.generic, ...(d.aliases ?? [])])),
  };
}
