import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCode, parseDate, readDenialLetter, type DenialReading } from '@/lib/denial-reader';
import { findCodes } from '@/lib/denial-reader/codes';
import { normalizeText } from '@/lib/denial-reader/text';
import { labelValueLines } from '@/lib/denial-reader/layout';
import { findAppealsAddress } from '@/lib/denial-reader/address';
import { findPatientName } from '@/lib/denial-reader/person';
import { findLetterDate, findServiceDate } from '@/lib/denial-reader/dates';
import { catalogFromContent } from '@/lib/appeal/read-letter';
import { getContent } from '@/lib/content/loader';
import { expectationSchema, MUST_SETTLE, SCALAR_FIELDS, scoreReading, SCORED_FIELDS, type Expectation } from '@/lib/denial-reader/score';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/denials');
/** A catalog that knows no names: for tests about wording only. */
const NO_CATALOG = { insurers: [], benefitManagers: [], drugs: [] };
const catalog = catalogFromContent(getContent());
const names = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();
const load = (name: string) => ({
  text: fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8'),
  expected: expectationSchema.parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8'))) as Expectation,
});
const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Fields the letter states that the reader leaves empty today, each with why. Empty is allowed (the patient
 * types it); wrong never is. The test fails when one of these starts being read, so the list stays true.
 */
const KNOWN_EMPTY: Record<string, string> = {
  'evicore-cigna-pet-scan-approval drug': 'the procedure line names PET and CT, two services in the catalog',
  'medicare-summary-notice-sleep-study serviceDate': 'the Medicare Summary Notice puts the date on its own line above the service row',
  'msn-part-b-all-services-approved serviceDate': 'the Medicare Summary Notice puts the date on its own line above the service rows',
  'carelon-anthem-pet-ct-criteria-table criteria': 'criteria set out as a table with a second column are not read yet',
  'highmark-breast-reduction-documentation-short drug': 'the letter also names physical therapy, as a treatment not tried',
  'highmark-breast-reduction-documentation-short criteria': 'criteria given in one sentence separated by semicolons are not split yet',
  'oscar-ozempic-strength-above-plan-max letterDate': 'the date sits beside the title with no label',
  'aetna-fax-wgs-investigational patientName': 'the name after "Pt:" is printed surname first, "BRENNAN, KATHLEEN M"',
  'humana-ma-snf-ndmc drug': 'the care asked for is on the lines after "not to cover the care listed below", and home health is named as the care offered',
  'medicare-msn-pt-partial partial': 'a Medicare Summary Notice shows the part approved only in its "Service Approved?" column',
  'medicare-msn-pt-partial memberId': 'the Medicare Number sits in a column on the line below its label',
  'molina-marketplace-info-request planTypeHint': '"Molina Marketplace" is a brand name; the notice never says Health Insurance Marketplace',
  'aetna-ma-snf-rep drug':
    'the stay is described in a table cell ("(skilled nursing facility), additional days"), beside physical therapy and home health offered instead',
  'aetna-ma-snf-rep reason': 'the reason is a paraphrase ("no longer needs skilled nursing … every day") with no word of necessity',
  'bcbsma-eob-vein-code-only drug': 'the denied line names the procedure ("Endovenous radiofrequency ablation"), not a name in the catalog',
  'bcbsma-eob-vein-code-only serviceDate': 'the date is only in the table rows, with no date-of-service label',
  'carelon-anthem-pgx-child patientName': 'the name is on an "RE:" line run together with the ID and the service',
  'evicore-cigna-knee-mri drug': 'the imaging site is "Clearwater Open MRI", so MRI is named twice and the CPT-labelled line is not read as the subject',
  'medicare-msn-wheelchair-partial serviceDate': 'the Medicare Summary Notice puts the date in its table rows',
  'aetna-famis-speech-parent reason': 'the reason is a paraphrase ("the goals … have been met") with no word of necessity',
  'humana-snf-end-representative reason': 'the reason is a paraphrase about daily skilled care, with no word of necessity',
  'kaiser-residential-oon-parent planTypeHint': 'the plan is named only as coverage "through CalPERS", not as a governmental plan',
  'molina-aba-hours-partial-photo reason': 'the reason is a paraphrase about the hours the child needs, with no word of necessity',
  'montana-medicaid-ffs-cgm serviceDate': 'the date the supplier gave the monitor is in a sentence, not under a date-of-service label',
  'oscar-zepbound-portal letterDate': 'the portal message dates itself only in a "Sent" line with the time and weekday',
  'wellcare-ozempic-dose-spanish reason': 'the limit is said as a count of pens a month the plan pays for, in words the reader does not take for a limit',
  'uhc-erisa-employer-proton-beam-unproven criteria': 'the list follows a heading the reader does not take for a criteria heading',
  'aarp-medicare-advantage-lumbar-fusion-after-mri-approval drug': 'the letter also names the MRI approved earlier, so two services are named',
  'aarp-medicare-advantage-lumbar-fusion-after-mri-approval claimNumber':
    "the earlier MRI approval's authorization number is a second number under a case-like label",
  'aetna-employer-eob-genetic-testing-no-precert drug':
    'the EOB row says "Hereditary cancer gene panel" over two table lines, and the remark "genetic and molecular lab tests"',
  'alaska-medicaid-ffs-power-wheelchair-no-prior-auth serviceDate': 'the date is labelled "Date Item Delivered", not as a date of service',
  'kaiser-senior-advantage-email-snf-out-of-network patientName': 'an e-mail with only "Dear Ruth Okafor," and no labelled name or address block',
  'molina-ohio-medicaid-mri-one-paragraph planTypeHint':
    'Medicaid is named only in the option "you may then ask the Ohio Department of Medicaid for a state hearing"',
  'original-medicare-msn-cgm-not-reasonable-necessary serviceDate': 'the Medicare Summary Notice puts the date on its own line above the service rows',
  'original-medicare-msn-sleep-study-partial partial': 'a Medicare Summary Notice shows the part approved only in its "Service Approved?" column',
  'aetna-better-health-tx-chip-provider-dupixent patientName':
    'a letter to the doctor names the patient only in running text ("for your patient, Kiara L. Holloway")',
  'carelon-anthem-in-lab-sleep-study-home-test-first reason':
    'the reason is a list of conditions none of which the records show, with no word of necessity in the decision',
  'original-medicare-msn-power-wheelchair serviceDate': 'the Medicare Summary Notice puts the date on its own line above the service rows',
  'oscar-individual-bariatric-pending-info criteria': 'criteria are read only from a denial; this notice asks for records before deciding',
  'b7-aarp-medicare-rx-pharmacy-slip-mounjaro-quantity patientName': 'the slip prints the name surname first, "HOLLOWAY, BEVERLY J"',
  'b7-aarp-medicare-rx-pharmacy-slip-mounjaro-quantity criteria':
    'the limits are slip lines ("MAX QTY 4 PENS PER 28 DAYS") under no heading that introduces criteria',
  'b7-bcbstx-trs-activecare-sleep-study-oon-eob-tabs criteria':
    'the one rule is a sentence ("does not provide benefits for services from out-of-network providers") the rule patterns do not take',
  'b7-fep-blue-caremark-dupixent-quantity-two-column criteria':
    'the one rule is a sentence ("covers up to 2 pens … every 28 days") the rule patterns do not take',
  'b7-highmark-eob-eylea-step-therapy-slash-rows serviceDate': 'the date is in a row of slash-separated cells, with no date-of-service label',
  'b7-highmark-eob-eylea-step-therapy-slash-rows criteria':
    'the one rule is a sentence ("Before aflibercept … is covered, your plan requires a trial of …") the rule patterns do not take',
  'b7-humana-gold-plus-knee-replacement-photo-ocr drug': 'the letter also names the x-ray or MRI report it did not receive, so two services are named',
  'b7-kidscare-regional-plan-aba-no-auth-claim criteria':
    'the one rule is a sentence ("KidsCare covers ABA services … only when … approves them before") whose subject is a program name',
  'b7-original-medicare-msn-cgm-quantity-aligned partial': 'a Medicare Summary Notice shows the part approved only in its "Service Approved?" column',
  'b7-original-medicare-msn-cgm-quantity-aligned serviceDate': 'the Medicare Summary Notice puts the dates in its table rows',
  'b7-wyoming-medicaid-ffs-power-wheelchair-fax-ocr patientName': 'the name is only on a fax\'s "To:" line, which may be the doctor\'s office',
  'b8-mac-redetermination-cgm-sensors serviceDate': 'the date of service is in running text beside an earlier one, with no date-of-service label',
  'b8-mac-redetermination-cgm-sensors criteria': 'the one rule is a sentence about the Local Coverage Determination the rule patterns do not take',
  'b8-medicare-msn-genetic-test serviceDate': 'the Medicare Summary Notice puts the date in its table rows',
  'b8-tricare-pharmacy-mounjaro-step reason':
    'the step is said only through the criteria ("has taken metformin for at least 90 days") and "no paid claims for metformin"',
  'b8-tricare-pharmacy-mounjaro-step patientName': 'the name follows "Coverage review for:", not a patient or member label',
  'b10-aarp-optumrx-ozempic-step claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-aetna-caremark-wegovy-nonformulary claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-aetna-caremark-wegovy-nonformulary memberId': 'more than one ID sits under member-like labels (the subscriber’s, a state Medicaid ID, a group)',
  'b10-aetna-silverscript-entresto-quantity claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-aetna-silverscript-entresto-quantity criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b10-alaska-medicaid-ffs-cgm-quantity reason': 'the reason is a paraphrase the reader’s patterns do not take',
  'b10-alaska-medicaid-ffs-cgm-quantity claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-ambetter-mounjaro-quantity-partial criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b10-anthem-famis-chip-exome-experimental claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-carelon-anthem-cityplan-lumbar-fusion claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-carelon-anthem-cityplan-lumbar-fusion memberId': 'more than one ID sits under member-like labels (the subscriber’s, a state Medicaid ID, a group)',
  'b10-esi-cigna-church-dupixent-pa memberId': 'more than one ID sits under member-like labels (the subscriber’s, a state Medicaid ID, a group)',
  'b10-evicore-cigna-proton-experimental drug':
    'the letter names more than one drug or service in the catalog (an alternative, an earlier approval, a report it did not receive)',
  'b10-fepblue-caremark-repatha-step reason': 'the reason is a paraphrase the reader’s patterns do not take',
  'b10-fepblue-caremark-repatha-step claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-kaiser-entyvio-appeal-approved drug':
    'the letter names more than one drug or service in the catalog (an alternative, an earlier approval, a report it did not receive)',
  'b10-kaiser-entyvio-appeal-approved planTypeHint': 'the plan type is said in words the hint does not take',
  'b9-eob-paid-cost-share-pt-bcbstx planTypeHint': 'the plan type is said in words the hint does not take',
  'b10-molina-wa-apple-health-humira-nonformulary claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-msn-original-medicare-pt-partial partial': 'a Medicare Summary Notice shows the part approved only in its "Service Approved?" column',
  'b10-msn-original-medicare-pt-partial serviceDate': 'the date of service is in table rows or running text, with no date-of-service label',
  'b10-msn-original-medicare-pt-partial claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b10-uhc-community-ohio-home-health-noauth drug':
    'the letter names more than one drug or service in the catalog (an alternative, an earlier approval, a report it did not receive)',
  'b10-wellcare-ma-snf-out-of-network reason': 'the reason is a paraphrase the reader’s patterns do not take',
  'b9-auth-ending-entyvio-ambetter criteria': 'criteria are read only from a denial; this is a reminder that an approval is ending',
  'b9-exception-denied-mounjaro-humana-partd drug':
    'the letter names more than one drug or service in the catalog (an alternative, an earlier approval, a report it did not receive)',
  'b9-exception-denied-mounjaro-humana-partd criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b9-msn-duplicate-cgm serviceDate': 'the date of service is in table rows or running text, with no date-of-service label',
  'b9-not-available-out-of-network-scs-kaiser criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b9-partial-eob-genetic-test-oscar drug':
    'the letter names more than one drug or service in the catalog (an alternative, an earlier approval, a report it did not receive)',
  'b9-peer-to-peer-pet-evicore-aetna-ma drug':
    'the letter names more than one drug or service in the catalog (an alternative, an earlier approval, a report it did not receive)',
  'b9-retro-auth-late-ct-molina-medicaid reason': 'the reason is a paraphrase the reader’s patterns do not take',
  'b9-retro-auth-late-ct-molina-medicaid criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b9-unable-to-authorize-dupixent-molina-chip criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b11-bcbstx-church-plan-tms-unproven claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b11-carelon-sleep-study-county-plan reason': 'the reason is a paraphrase the reader’s patterns do not take',
  'b11-caremark-humira-step-therapy patientName': 'the name sits under a label the reader does not take for the patient’s, beside other people’s names',
  'b11-caremark-humira-step-therapy memberId': 'more than one ID sits under member-like labels (the subscriber’s, a state Medicaid ID, a group)',
  'b11-eob-anthem-ct-two-claims patientName': 'the name sits under a label the reader does not take for the patient’s, beside other people’s names',
  'b11-eob-humana-ma-out-of-network-mri serviceDate': 'the date of service is in table rows or running text, with no date-of-service label',
  'b11-eob-humana-ma-out-of-network-mri claimNumber':
    'several numbers sit under claim-like labels (an earlier case, a prescription, a reference); which is this decision’s is left to the patient',
  'b11-evicore-mri-aetna-medicare-advantage drug':
    'the letter names more than one drug or service in the catalog, or names this one in words the catalog does not hold',
  'b11-highmark-chip-speech-nonparticipating criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b11-medicaid-ffs-aba-no-prior-approval drug':
    'the letter names more than one drug or service in the catalog, or names this one in words the catalog does not hold',
  'b11-medicare-redetermination-ack-cgm letterDate': 'the letter’s date is not labelled and not alone on a line near the top',
  'b11-molina-medicaid-dupixent-step memberId': 'more than one ID sits under member-like labels (the subscriber’s, a state Medicaid ID, a group)',
  'b11-oscar-knee-out-of-network criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b11-tricare-express-scripts-mounjaro-quantity criteria':
    'the criteria are under a heading the reader does not take for one, or are a rule sentence its patterns do not take',
  'b11-uhc-spinal-fusion-records-request criteria': 'criteria are read only from a denial; this notice asks for records before deciding',
};

describe('readDenialLetter on the corpus of fixture letters', () => {
  const all = names.map((name) => ({ name, ...load(name) }));

  it('has at least 50 letters, each with an expectation that settles every field', () => {
    expect(names.length).toBeGreaterThanOrEqual(50);
    for (const { name, expected } of all) {
      for (const field of MUST_SETTLE) expect(field in expected || expected.absent.includes(field), `${name}: ${field} is neither given nor absent`).toBe(true);
    }
  });

  it('covers every reason and plan type, partial approvals, non-denials, EOB codes and a letter not in English', () => {
    const expectations = all.map((f) => f.expected);
    expect(new Set(expectations.map((e) => e.reason).filter(Boolean)).size).toBe(7);
    expect(new Set(expectations.map((e) => e.planTypeHint).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    expect(expectations.filter((e) => e.partial).length).toBeGreaterThanOrEqual(3);
    expect(expectations.filter((e) => !e.isDenial).length).toBeGreaterThanOrEqual(3);
    expect(expectations.some((e) => e.codes.includes('CO-11') && e.absent.includes('reason'))).toBe(true);
    expect(new Set(expectations.flatMap((e) => [e.insurer, e.pbm]).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    expect(all.some((f) => /\b(?:usted|solicitud)\b/.test(f.text))).toBe(true);
  });

  it('never fills a wrong value, in any field of any letter', () => {
    const wrong = all.flatMap(({ name, text, expected }) =>
      scoreReading(expected, readDenialLetter(text, catalog))
        .filter((s) => s.verdict === 'wrong')
        .map((s) => `${name}: ${s.field} read ${JSON.stringify(s.read)}, the letter says ${JSON.stringify(s.expected)}`),
    );
    expect(wrong).toEqual([]);
  });

  describe.each(names)('%s', (name) => {
    const { text, expected } = load(name);
    const reading: DenialReading = readDenialLetter(text, catalog);
    const scores = scoreReading(expected, reading);

    it.each(SCORED_FIELDS)('reads %s as the letter states it', (field) => {
      const score = scores.find((s) => s.field === field)!;
      const known = KNOWN_EMPTY[`${name} ${field}`];
      if (known) expect(score.verdict, `known gap no longer a gap (${known}): remove it from KNOWN_EMPTY`).toBe('empty');
      else expect(score.verdict, `${field}: read ${JSON.stringify(score.read)}, expected ${JSON.stringify(score.expected)}`).toMatch(/^(right|absent)$/);
    });

    it('quotes its evidence from the letter', () => {
      for (const field of SCALAR_FIELDS) {
        const found = reading[field];
        if (!found) continue;
        const parts = found.evidence
          .split('…')
          .map((p) => p.trim())
          .filter(Boolean);
        expect(parts.length, field).toBeGreaterThan(0);
        // The reader quotes the letter as it reads it: dashes, quotes and dotted leaders normalized.
        for (const part of parts) expect(flat(normalizeText(text)), field).toContain(part);
      }
    });
  });
});

describe('parseDate', () => {
  it.each([
    ['03/03/2026', '2026-03-03'],
    ['3/3/2026', '2026-03-03'],
    ['12/31/26', '2026-12-31'],
    ['March 3, 2026', '2026-03-03'],
    ['March 3rd, 2026', '2026-03-03'],
    ['Mar. 3, 2026', '2026-03-03'],
    ['Sept. 14, 2026', '2026-09-14'],
    ['mar 3 2026', '2026-03-03'],
    ['2026-03-03', '2026-03-03'],
    ['2026/3/3', '2026-03-03'],
    ['3 March 2026', '2026-03-03'],
    ['29 February 2028', '2028-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    '02/30/2026',
    '13/01/2026',
    '00/10/2026',
    'February 29, 2026',
    '2026-02-31',
    '31 April 2026',
    'Smarch 3, 2026',
    '2026-03',
    '03/03',
    'next Tuesday',
    '',
  ])('rejects %s', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('letter and service dates', () => {
  it('takes the labeled letter date, not the date of service or of birth', () => {
    const text = 'Date of birth: 01/02/1961\nDate of service: 02/10/2026\nDate: March 3, 2026\n';
    expect(findLetterDate(text)?.value).toBe('2026-03-03');
    expect(findServiceDate(text)?.value).toBe('2026-02-10');
  });

  it('takes a date line at the top of the letter', () => {
    expect(findLetterDate('Acme Health\n\nApril 2, 2026\n\nDear member,')?.value).toBe('2026-04-02');
  });

  it('leaves out an impossible date and conflicting letter dates', () => {
    expect(findLetterDate('Date: 02/30/2026\n')).toBeUndefined();
    expect(findLetterDate('Date: 03/03/2026\nLetter date: 03/04/2026\n')).toBeUndefined();
  });

  it('leaves out a range of service dates and several different ones', () => {
    expect(findServiceDate('Dates of service: 06/02/2026 - 06/16/2026')).toBeUndefined();
    expect(findServiceDate('Date of service: 06/02/2026\nDate of service: 06/09/2026')).toBeUndefined();
  });
});

describe('patient name', () => {
  it('prefers the patient over the member, never takes the subscriber, and stops at a table gap', () => {
    expect(findPatientName('Subscriber: Pat Parent\nPatient: Kim Child\n')?.value).toBe('Kim Child');
    expect(findPatientName('Subscriber: Pat Parent\nSubscriber ID: X12345\n')).toBeUndefined();
    expect(findPatientName('Member: Lucia M. Ferreira                 Member ID: W284019377')?.value).toBe('Lucia M. Ferreira');
    expect(findPatientName("Enrollee's name: Gloria A. Petrakis")?.value).toBe('Gloria A. Petrakis');
  });

  it('leaves out two different names, a salutation, and a value that is not a name', () => {
    expect(findPatientName('Patient: Ann Lee\nPatient: Bo Chan\n')).toBeUndefined();
    expect(findPatientName('Dear Dana Whitfield,\nWe denied your request.')).toBeUndefined();
    expect(findPatientName('Member: 0087342219\nName: see enclosed')).toBeUndefined();
  });
});

describe('appeals address', () => {
  it('reads a block under "Send your appeal to:" up to the city, state and ZIP line', () => {
    const text =
      'Send your written appeal to:\n\nAcme Health Appeals Unit\nAttn: Grievances\n100 Main St, Suite 4\nSpringfield, IL 62701\n\nCall us with questions.';
    expect(findAppealsAddress(text)?.value).toBe('Acme Health Appeals Unit\nAttn: Grievances\n100 Main St, Suite 4\nSpringfield, IL 62701');
  });

  it('reads an inline address after an "Appeals address" label', () => {
    expect(findAppealsAddress('Appeals address: Acme Appeals, PO Box 12, Dover, DE 19901-0012. Fax: 555-0100')?.value).toBe(
      'Acme Appeals\nPO Box 12\nDover, DE 19901-0012',
    );
    expect(findAppealsAddress('Mail your appeal to Acme Appeals, 100 Main St, Dover DE 19901.')?.value).toBe('Acme Appeals\n100 Main St\nDover DE 19901');
  });

  it('never takes the letterhead, or an address without a city, state and ZIP', () => {
    expect(findAppealsAddress('Acme Health\nClaims Department, P.O. Box 14601, Lexington, KY 40512\n\nWe denied your claim.')).toBeUndefined();
    expect(findAppealsAddress('Send your appeal to:\nAcme Appeals\nthe address on your ID card\n\nThanks')).toBeUndefined();
    expect(findAppealsAddress('You can send your appeal to us by mail or fax.')).toBeUndefined();
  });

  it('reads an inline address whose sentence wraps over lines, keeping abbreviations’ full stops', () => {
    const wrapped =
      'Think this claim is wrong? You can appeal online, or mail a\nwritten request to Acme Inc., Member Grievance and Appeals\nDepartment, P.O. Box 00535, Pittsburgh, PA 15230-0535.';
    expect(findAppealsAddress(wrapped)?.value).toBe('Acme Inc.\nMember Grievance and Appeals Department\nP.O. Box 00535\nPittsburgh, PA 15230-0535');
    expect(
      findAppealsAddress('If you disagree, you may request a review. Write\nto: Acme Health, Claim Review, P.O. Box\n00660, Richardson, TX 75085-0660.')?.value,
    ).toBe('Acme Health\nClaim Review\nP.O. Box 00660\nRichardson, TX 75085-0660');
  });

  it('leaves it empty when a paragraph about appeals sends you to two different addresses', () => {
    const two = 'To appeal, mail a letter to Acme Appeals, P.O. Box 1, Dover, DE 19901, or\nsend it to Acme Review, P.O. Box 2, Austin, TX 78701.';
    expect(findAppealsAddress(two)).toBeUndefined();
  });
});

describe('codes', () => {
  it.each([
    ['CO-197', 'CO-197'],
    ['co 197', 'CO-197'],
    ['CO197', 'CO-197'],
    ['pr:3', 'PR-3'],
    ['OA-B7', 'OA-B7'],
    ['50', '50'],
  ])('normalizes %s to %s', (raw, code) => {
    expect(normalizeCode(raw)).toBe(code);
  });

  it.each(['CO-0', 'CO-1234', 'XX-197', 'N54', 'hello'])('rejects %s', (raw) => {
    expect(normalizeCode(raw)).toBeUndefined();
  });

  it('finds grouped and labeled bare codes, once each, and not a ZIP code', () => {
    const text = 'Denver, CO 80202\nCO-50 not medically necessary\nReason code: 50\nCARC 242; OA 18 and CO-50 again';
    expect(findCodes(text).map((c) => c.code)).toEqual(['CO-50', '242', 'OA-18']);
  });
});

describe('reason from codes', () => {
  const letter = (code: string) => `Explanation of benefits\nClaim number: 12345678\nLine 1   Office visit   $0.00   ${code}\n`;

  it.each([
    ['CO-197', 'prior-authorization'],
    ['CO-39', 'prior-authorization'],
    ['CO-50', 'medical-necessity'],
    ['PR-55', 'experimental'],
    ['CO-56', 'experimental'],
    ['CO-242', 'out-of-network'],
  ])('%s → %s', (code, reason) => {
    expect(readDenialLetter(letter(code), NO_CATALOG).reason?.value).toBe(reason);
  });

  it.each(['CO-11', 'CO-198', 'CO-15', 'CO-16'])('%s gives no reason', (code) => {
    const reading = readDenialLetter(letter(code), NO_CATALOG);
    expect(reading.isDenial).toBe(true);
    expect(reading.reason).toBeUndefined();
  });

  it('reads "requires prior authorization ... and none was on file" as no prior authorization', () => {
    const text = 'Your claim was denied. The plan requires prior authorization for advanced imaging and none was on file.';
    expect(readDenialLetter(text, NO_CATALOG).reason?.value).toBe('prior-authorization');
  });

  it('does not take a bill over the network rate for a quantity limit', () => {
    const text = 'Remark codes\n  CO-45   Charges exceed the amount allowed under the network agreement.\n  PR-96   Non-covered charge.';
    expect(readDenialLetter(text, NO_CATALOG).reason?.value).not.toBe('quantity-limit');
    expect(readDenialLetter('Denied: the quantity exceeds the amount allowed by your plan.', NO_CATALOG).reason?.value).toBe('quantity-limit');
  });

  it('prefers the wording that gives the reason over a code', () => {
    const text = 'CO-50\nYour claim was denied because prior authorization was not obtained.';
    expect(readDenialLetter(text, NO_CATALOG).reason?.value).toBe('prior-authorization');
  });
});

describe('names', () => {
  const small = {
    insurers: [
      { slug: 'acme', names: ['Acme', 'Acme Health', 'Evicore'] },
      { slug: 'zenith', names: ['Zenith Care', 'Evicore'] },
    ],
    benefitManagers: [{ slug: 'scriptco', names: ['ScriptCo', 'ScriptCo Rx'] }],
    drugs: [
      { slug: 'drug-a', names: ['Drug A', 'drugamab'] },
      { slug: 'scan-b', names: ['Scan B'] },
    ],
  };

  it('matches whole words only, case-insensitively', () => {
    expect(readDenialLetter('Letter from ACME HEALTH about DRUGAMAB', small).insurer?.value).toBe('acme');
    expect(readDenialLetter('Letter from Acmeville about drugamabs', small).insurer).toBeUndefined();
  });

  it('ignores a name two insurers share and leaves out a letter naming two insurers', () => {
    expect(readDenialLetter('Reviewed by Evicore', small).insurer).toBeUndefined();
    expect(readDenialLetter('Reviewed by\nsomeone\n\n\n\n\n\n\nAcme Health and Zenith Care', small).insurer).toBeUndefined();
  });

  it('takes the drug or service the request was for when the letter also names another as evidence or an alternative', () => {
    const two = (sentence: string) => readDenialLetter(`${sentence} The records did not include the Scan B report.`, small).drug?.value;
    expect(two('We reviewed the request for Drug A 600 mg.')).toBe('drug-a');
    expect(two('We will not cover the drugamab infusion.')).toBe('drug-a');
    expect(two('Prior authorization for drugamab is denied.')).toBe('drug-a');
    // Nothing says which was asked for, or the words name both: left for the patient.
    expect(two('Drug A is not medically necessary.')).toBeUndefined();
    expect(two('We reviewed the request for Drug A and the request for Scan B.')).toBeUndefined();
  });

  it('does not take the drug of a suggested new request for the subject', () => {
    const text = 'We are not able to cover Drug A. Your doctor can send us a new request for Scan B, or ask us for an exception for Drug A.';
    expect(readDenialLetter(text, small).drug?.value).toBe('drug-a');
  });
});

describe('robustness', () => {
  it('reads a very long letter quickly', () => {
    const letters = names.map((n) => fs.readFileSync(path.join(FIXTURES, `${n}.txt`), 'utf8')).join('\n');
    const long = letters.repeat(Math.ceil(200_000 / letters.length));
    const start = performance.now();
    readDenialLetter(long, catalog);
    readDenialLetter('a'.repeat(100_000) + ' '.repeat(100_000), catalog);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('never throws on random text, and always returns well-formed fields', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const r = readDenialLetter(text, catalog);
        expect(typeof r.isDenial).toBe('boolean');
        expect(Array.isArray(r.codes) && Array.isArray(r.criteria)).toBe(true);
        for (const d of [r.letterDate, r.serviceDate]) if (d) expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on letter-like random text', () => {
    const word = fc.constantFrom(
      'Date:',
      'Claim #',
      'Member ID:',
      'CO-197',
      'denied',
      'because',
      'not medically necessary',
      '03/03/2026',
      'March 3, 2026',
      '- ',
      '\n',
      'Humira',
      'Aetna',
      ':',
      '  ',
      'step therapy',
      'If',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 200 }), (parts) => {
        expect(() => readDenialLetter(parts.join(' '), catalog)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('plan type hint', () => {
  const hint = (text: string) => readDenialLetter(`Your claim was denied because it is not medically necessary. ${text}`, NO_CATALOG).planTypeHint?.value;

  it('takes a governmental or church plan for that kind, even when the notice also says group health plan', () => {
    expect(hint('Your plan is a self-funded governmental plan.')).toBe('government-employer');
    expect(hint('This non-federal governmental group health plan has its own appeal rules.')).toBe('government-employer');
    expect(hint('The Diocese Employee Benefit Plan is a church plan.')).toBe('church');
  });

  it('keeps the narrower kind when the notice says the plan is not subject to ERISA', () => {
    expect(hint('The plan is a governmental plan sponsored by a public employer. It is not subject to ERISA.')).toBe('government-employer');
    expect(hint('Your plan is a church plan as defined in section 3(33) of ERISA, so the ERISA claims rules do not apply.')).toBe('church');
  });

  it('gives no hint from a condition about other kinds of plan', () => {
    expect(hint('If your plan is a church plan, different rules apply.')).toBeUndefined();
  });
});

describe('member ID', () => {
  const id = (text: string) => readDenialLetter(`Your claim was denied.\n${text}\n`, NO_CATALOG).memberId?.value;

  it('reads a bare "ID:" only beside the member’s or patient’s name on its line', () => {
    expect(id('Member name: Luis Ortega   ID: U7123456701')).toBe('U7123456701');
    expect(id('Patient: Mina Park    ID# 00451298')).toBe('00451298');
    expect(id('Provider: Austin Sleep Diagnostics   ID: 1234567890')).toBeUndefined();
    expect(id('ID: 998877')).toBeUndefined();
  });

  it('never reads a masked number as the member ID', () => {
    expect(id('Medicare Number: XXXX-XX2-TN41')).toBeUndefined();
  });
});

describe('labels set apart from their values', () => {
  it('reads a label over its value, and a row of column headings over a row of values, as "Label: value"', () => {
    expect(labelValueLines('Member\nKeisha Montgomery-Hale\n\nMember ID\n941207733')).toBe('Member: Keisha Montgomery-Hale\n\nMember ID: 941207733');
    expect(labelValueLines('   Notice Date      Case Number      Member ID\n   02/17/2026       A118842907       U2290417803')).toBe(
      'Notice Date: 02/17/2026\nCase Number: A118842907\nMember ID: U2290417803',
    );
  });

  it('leaves a heading over a paragraph, and a row whose cells are not all known labels', () => {
    const text = 'Determination\nWe reviewed the request and could not approve it.\n\nWhy   Next steps\nA   B';
    expect(labelValueLines(text)).toBe(text);
  });
});

describe('paraphrased reasons', () => {
  const reason = (text: string) => readDenialLetter(`We cannot approve this request. ${text}`, NO_CATALOG).reason?.value;

  it.each([
    ['Because the benefit of the test for this use has not been proven, the guidelines do not support it.', 'experimental'],
    ['The clinic has no agreement with TriWest to care for TRICARE patients.', 'out-of-network'],
    ['You have already used all of the physical therapy visits your plan covers for 2026.', 'quantity-limit'],
    ['We did not look at whether it was needed, because no request was sent to us.', 'prior-authorization'],
    ['You need to have been treated with bevacizumab injections first.', 'step-therapy'],
    ['The plan asks members to try other medicines for eczema before it will pay for Dupixent.', 'step-therapy'],
    ['The surgery center does not take part in the Ambetter network.', 'out-of-network'],
    ['We did not receive a request for approval from the supplier.', 'prior-authorization'],
    ['We have no referral or approval on file for these visits.', 'prior-authorization'],
  ])('%s → %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it('takes a reviewer’s finding of no medical necessity for a denial, and an appeal acknowledgment for none', () => {
    expect(readDenialLetter('A physician reviewer found that the surgery is not medically necessary.', NO_CATALOG).isDenial).toBe(true);
    const ack = 'We received the appeal you sent about our decision not to cover the surgery. We will tell you our decision within the time the rules allow.';
    expect(readDenialLetter(ack, NO_CATALOG).isDenial).toBe(false);
    const written =
      'We received your appeal on August 11, 2026 of our decision not to approve the surgery. We will mail you our written decision within the time the rules allow.';
    expect(readDenialLetter(written, NO_CATALOG).isDenial).toBe(false);
  });
});
