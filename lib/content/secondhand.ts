/**
 * Sites that host copies of other publishers' documents, or write their own summaries of payers' policies.
 * A fact from one of them is second-hand: the guide should cite the publisher's own copy (the payer's policy
 * PDF, eCFR, DailyMed, the state's own site). `npm run content:sources` lists every citation of these.
 */
export const SECONDHAND_HOSTS = [
  // Document-sharing copies of payers' PDFs.
  'docslib.org',
  'pdfslide.us',
  'pdfslide.net',
  'vdocuments.site',
  'vdocuments.net',
  'vdocuments.us',
  'vdocuments.mx',
  'fdocuments.us',
  'fdocuments.net',
  'wixlib.com',
  'relayto.com',
  'zbook.org',
  'readkong.com',
  'docslides.com',
  'mopdf.com',
  'cupdf.com',
  'dokumen.tips',
  'docplayer.net',
  'pdf4pro.com',
  'studyres.com',
  'healthdocbox.com',
  'docsupply.com',
  'docstoc.com',
  'scribd.com',
  // Third-party summaries of payers' policies and of the law.
  'coverage.pharmacistwrite.com',
  'verity.backworkai.com',
  'genhealth.ai',
  'legalclarity.org',
  'openpayer.com',
  'patientadvocates.io',
  'type2.wiki',
  'apellica.com',
  'lexace.ai',
  'legalfix.com',
  'instalawyer.io',
  'law.counselstack.com',
  'policychanges.app',
  'runtrellis.com',
  'denyback.com',
];

export type SecondhandCitation = { file: string; line: number; url: string; host: string };

const URL_IN_TEXT = /https?:\/\/([^/\s)"'>]+)[^\s)"'>]*/g;

/** Whether a URL's host is one of the second-hand hosts, or a subdomain of one ("www.readkong.com"). */
export function secondhandHost(host: string): string | undefined {
  const h = host.toLowerCase();
  return SECONDHAND_HOSTS.find((s) => h === s || h.endsWith(`.${s}`));
}

/** Every citation of a second-hand host in the given files, with its line. */
export function secondhandCitations(files: { file: string; text: string }[]): SecondhandCitation[] {
  const out: SecondhandCitation[] = [];
  for (const { file, text } of files) {
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(URL_IN_TEXT)) {
        const host = secondhandHost(m[1]!);
        if (host) out.push({ file, line: i + 1, url: m[0], host });
      }
    });
  }
  return out;
}
