import { describe, expect, it } from 'vitest';
import { readDenialLetter } from '@/lib/denial-reader';
import { findCriteria } from '@/lib/denial-reader/criteria';
import { findLetterDate, findServiceDate } from '@/lib/denial-reader/dates';
import { labelValueLines } from '@/lib/denial-reader/layout';
import { findPatientName } from '@/lib/denial-reader/person';
import { isEnglish, normalizeText } from '@/lib/denial-reader/text';
import { catalogFromContent } from '@/lib/appeal/read-letter';
import { getContent } from '@/lib/content/loader';

const NO_CATALOG = { insurers: [], benefitManagers: [], drugs: [] };
const read = (text: string) => readDenialLetter(text, NO_CATALOG);

describe('text as a PDF, fax or portal pastes it', () => {
  it('joins a word hyphenated over a line break, keeping the line structure, a compound and a prefix’s hyphen', () => {
    expect(normalizeText('is not approved as medically neces-\nsary. The request was reviewed.')).toBe(
      'is not approved as medically necessary.\nThe request was reviewed.',
    );
    expect(normalizeText('Brandt-\nMoreno')).toBe('Brandt-\nMoreno');
    expect(normalizeText('an out-of-\nnetwork provider')).toBe('an out-of-\nnetwork provider');
    expect(normalizeText('requires step-\ntherapy first')).toBe('requires step-therapy\nfirst');
  });

  it('reads a bilingual label as its English half', () => {
    expect(normalizeText('Member ID / Número de miembro: 101234567WA')).toBe('Member ID: 101234567WA');
    expect(normalizeText('Quantity / Days Supply: 30 / 30')).toBe('Quantity / Days Supply: 30 / 30');
  });

  it('reads a letter printed in English and Spanish, and still not one in Spanish alone', () => {
    const english = 'We have denied this request because the test is experimental for the evaluation of your child. ';
    const spanish = 'Hemos negado esta solicitud porque la prueba es experimental para la evaluación de su hijo en este caso. ';
    expect(isEnglish(english.repeat(4) + spanish.repeat(5))).toBe(true);
    expect(isEnglish(spanish.repeat(8))).toBe(false);
  });

  it('takes a label with its colon on the line above its value, for more kinds of label', () => {
    expect(labelValueLines('Medicaid ID:\n501847263911\n\nRecipient Name:\nLoretta Mae Dukes')).toBe(
      'Medicaid ID: 501847263911\n\nRecipient Name: Loretta Mae Dukes',
    );
    expect(labelValueLines('Why we made this decision:\nWe reviewed the request.')).toBe('Why we made this decision:\nWe reviewed the request.');
  });

  it('takes an outline’s "o" and a PDF’s symbol bullets for list items', () => {
    const text = 'Coverage requires all of the following:\n\n   o  Rising CEA on two measurements\n   \uf0b7  A CT within the last 60 days\n';
    expect(findCriteria(text)).toEqual(['Rising CEA on two measurements', 'A CT within the last 60 days']);
  });
});

describe('criteria', () => {
  it('reads on past a page break in the middle of the list', () => {
    const text = [
      'Medicare covers a power wheelchair only when all of these are met:',
      '',
      '- The member has a mobility limitation in the home',
      '',
      'Y0040_GHHMEB4EN_C                                   Page 1 of 3',
      '-------------------------------------------------------------',
      'Humana.                                              Page 2 of 3',
      'Member name: Clarence T. Oyelaran',
      '',
      '- The member is able to safely operate the power wheelchair',
    ].join('\n');
    expect(findCriteria(text)).toEqual(['The member has a mobility limitation in the home', 'The member is able to safely operate the power wheelchair']);
  });

  it('takes no criteria from a list of the services denied or of network providers', () => {
    expect(findCriteria('We have denied coverage of the following medical services:\n\nGroup 2 power wheelchair, requested on January 28, 2026.\n')).toEqual(
      [],
    );
    const providers =
      'CHIP pays for care out of network only when the care is not available from a network provider. We found these network providers near you:\n\n   Valley Kids Therapy Center, McAllen\n';
    expect(findCriteria(providers)).toEqual([]);
  });

  it('takes a rule stated as a sentence only when the letter lists no criteria', () => {
    const rule = 'Your plan covers Dupixent only after other treatments have been tried first.';
    expect(findCriteria(`${rule} The criteria require all of the following:\n\n- A diagnosis of atopic dermatitis\n`)).toEqual([
      'A diagnosis of atopic dermatitis',
    ]);
    expect(findCriteria(`${rule} The records do not show that.`)).toEqual([rule]);
  });

  it('takes a list under "is covered when:"', () => {
    expect(findCriteria('Outpatient therapy is covered when:\n\n  • The services need the skills of a qualified therapist\n')).toEqual([
      'The services need the skills of a qualified therapist',
    ]);
  });
});

describe('letter dates', () => {
  it('reads "Date of This Notice" followed by the date, not the end of a range beside it', () => {
    const text = [
      'HAROLD J PENNINGTON                   Date of This Notice February 26, 2026',
      'BOWLING GREEN KY 42104                Claims Processed    November 27, 2025 -',
      '                                      Between             February 25, 2026',
    ].join('\n');
    expect(findLetterDate(text)?.value).toBe('2026-02-26');
    expect(findLetterDate('Claims Processed    November 27, 2025 -\nBetween             February 25, 2026\n')).toBeUndefined();
  });

  it('reads a date stamped with its time, after any date line alone', () => {
    expect(findLetterDate('DESERT SAGE PHARMACY\n09/03/2026  14:22   REG 2\nREJECT 76')?.value).toBe('2026-09-03');
    expect(findLetterDate('Text Message\nTue, Jul 14, 2026, 4:02 PM\nYour plan did not approve it.')?.value).toBe('2026-07-14');
    expect(findLetterDate('MAR-31-2026 09:14   FAX   P.01/02\nAlabama Medicaid Agency\nMarch 30, 2026\n')?.value).toBe('2026-03-30');
  });
});

describe('patient name', () => {
  it('reads names with accents and a "Customer:" label', () => {
    expect(findPatientName('Member name: Sofía Ramírez Treviño')?.value).toBe('Sofía Ramírez Treviño');
    expect(findPatientName('Customer: Elijah Brandt-Moreno')?.value).toBe('Elijah Brandt-Moreno');
  });

  it('takes the salutation only when the address block above names the same person and nobody else is the letter’s subject', () => {
    const letter = (body: string) => `Aetna\n\nLORRAINE BITTENCOURT\n12 Elm St\nTampa, FL 33601\n\nDear Lorraine Bittencourt:\n\n${body}`;
    expect(findPatientName(letter('We denied your request for Otezla.'))?.value).toBe('Lorraine Bittencourt');
    expect(findPatientName(letter('We denied the request we received on behalf of your son.'))).toBeUndefined();
    expect(findPatientName(letter('We reviewed the services requested for Clarence T. Oyelaran.'))).toBeUndefined();
    expect(findPatientName('Dear Lorraine Bittencourt:\n\nWe denied your request.')).toBeUndefined();
    expect(findPatientName('Lorraine Bittencourt\n\nDear Ms. Bittencourt:\n\nWe denied it.')).toBeUndefined();
  });
});

describe('denials and reasons in the words plans use', () => {
  const reason = (text: string) => read(`We cannot approve this request. ${text}`).reason?.value;

  it.each([
    ['Your plan covers Mounjaro once you’ve tried metformin for at least 3 months.', 'step-therapy'],
    ['TRICARE requires that patients first use Humira, the preferred drug in this class.', 'step-therapy'],
    ['Non-preferred agents are approved only after preferred agents have been tried.', 'step-therapy'],
    ['Zepbound is excluded from the CVS Caremark Standard Control Formulary.', 'non-formulary'],
    ['REJECT 76 - PLAN LIMITATIONS EXCEEDED. QTY LIMIT 8 TABS PER 30 DAYS.', 'quantity-limit'],
  ])('%s → %s', (text, expected) => {
    expect(reason(normalizeText(text))).toBe(expected);
  });

  it('takes "is not a covered benefit" for a denial', () => {
    expect(read('The plan has determined that the requested service is not a covered benefit under your health plan.').isDenial).toBe(true);
  });
});

describe('plan type hint', () => {
  const hint = (text: string) => read(`Your request was denied because it is not medically necessary. ${text}`).planTypeHint?.value;

  it('takes Medicaid "not through a managed care plan" for Medicaid without a health plan', () => {
    expect(hint('You get your Medicaid benefits directly from the state, not through a managed care plan.')).toBe('medicaid-fee-for-service');
  });

  it('does not take a Medicare plan’s disclaimer about State Medicaid contracts for a sign of Medicaid', () => {
    const notice =
      'NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE. Aetna Medicare is a PDP plan with a Medicare contract. The company also contracts with State Medicaid programs.';
    expect(hint(notice)).toBe('medicare-part-d');
  });
});

describe('names', () => {
  it('finds a service named in a letter pasted as one paragraph that also holds a P.O. Box', () => {
    const catalog = catalogFromContent(getContent());
    const text =
      'Molina Healthcare of Ohio reviewed the request for an MRI of the brain, and the request has been denied because it does not meet the requirements of your plan. Write to Molina Healthcare of Ohio, Attn: Appeals, PO Box 182273, Columbus, OH 43218-2273.';
    expect(readDenialLetter(text, catalog).drug?.value).toBe('mri');
  });

  it('reads "Preauth #" and "Notice number" for the claim number', () => {
    expect(read('Your request was denied.\nPREAUTH #:           TX26-0120458\n').claimNumber?.value).toBe('TX26-0120458');
    expect(read('Your request was denied.\nNotice number: HHO-UM-26-071133\n').claimNumber?.value).toBe('HHO-UM-26-071133');
  });
});

describe('later stages: appeal decisions, cut care, reduced approvals, requests for records', () => {
  it('takes an appeal decision’s own case number over the numbers of the claim or request it decided', () => {
    const upheld = 'We have reviewed your appeal. We are upholding our original decision.\n';
    expect(read(`${upheld}Appeal Case Number:         A250611-448271\nOriginal Reference Number:  PA-2025-0412-77310\n`).claimNumber?.value).toBe(
      'A250611-448271',
    );
    const ire = 'We have reviewed your appeal and were not able to decide fully in your favor.\n';
    expect(read(`${ire}Case Number:       CM-2025-0667104\nClaim Number:      2510488301722\n`).claimNumber?.value).toBe('CM-2025-0667104');
    expect(read('Your claim was denied.\nCase Number: CM-1\nClaim Number: 2510488301722\n').claimNumber?.value).toBe('2510488301722');
  });

  it('takes care being cut or stopped for a denial, but not a reminder of what happens if you do not renew', () => {
    expect(read('NOTICE OF INTENT TO REDUCE OR STOP A MAINECARE SERVICE\nWe reviewed the records.').isDenial).toBe(true);
    expect(read('Your home health skilled nursing visits will stop on October 15, 2025.').isDenial).toBe(true);
    const stay = read('Based on the information we received, your care no longer meets criteria for continued stay after March 3, 2025.');
    expect([stay.isDenial, stay.reason?.value]).toEqual([true, 'medical-necessity']);
    expect(read('Your benefits will stop if you do not renew by June 30.').isDenial).toBe(false);
  });

  it('takes less approved than requested for a partial denial, and approved and not-approved days for part of each', () => {
    const reduced = read(
      'Good news - your request has been approved.\n\n  Quantity requested:   16 tablets per 30 days\n  Quantity approved:    8 tablets per 30 days\n',
    );
    expect([reduced.isDenial, reduced.partial]).toEqual([true, true]);
    expect(read('We approved 6 of the 12 visits your therapist asked for.').partial).toBe(true);
    const full = read('Your request has been approved.\nQuantity requested: 8\nQuantity approved: 8\n');
    expect(full.isDenial).toBe(false);
    const stay = read('DECISION:\n    Approved:       02/28/2025 through 03/03/2025 (4 days)\n    Not approved:   03/04/2025 and after\n');
    expect(stay.partial).toBe(true);
  });

  it('takes "we have not made a decision yet" and "This letter is not a denial" for no denial', () => {
    expect(read('We have not made a decision yet. We need more information. This could mean the surgery is not approved.').isDenial).toBe(false);
    expect(read('This letter is not a denial. Without the records the request may be denied.').isDenial).toBe(false);
  });

  it.each([
    ['Under these guidelines, coverage is limited to 8 tablets every 30 days.', 'quantity-limit'],
    ['Gulf Coast Imaging Partners LLC does not have a contract with Humana.', 'out-of-network'],
    ['Dupixent can be reconsidered after these preferred treatments have been tried for at least 28 days.', 'step-therapy'],
    ['Humira is not included on the FEP Blue Standard drug list (formulary).', 'non-formulary'],
  ])('%s → %s', (text, expected) => {
    expect(read(`Your request was denied. ${text}`).reason?.value).toBe(expected);
  });
});

describe('state programs, portal salutations and appeal addresses', () => {
  it('reads a state’s own Medicaid name for the member ID and for the plan type', () => {
    const notice = read(
      'Your request was denied.\nMaineCare ID:    100482917X\nYou get MaineCare fee-for-service benefits. You are not enrolled in a managed care plan.',
    );
    expect([notice.memberId?.value, notice.planTypeHint?.value]).toEqual(['100482917X', 'medicaid-fee-for-service']);
  });

  it('takes a portal message’s "Hello …," under its "To:" line, and a brand after "for" is not another person', () => {
    const message =
      'To:       Priya Venkataraman-Cole\nSubject:  Your request\n\nHello Priya Venkataraman-Cole,\n\nThe most our guidelines allow for Nurtec ODT is 8.';
    expect(findPatientName(message)?.value).toBe('Priya Venkataraman-Cole');
    const pbm =
      'ANITA L FORSBERG-HALE\n1 Main St\nDover, DE 19901\n\nDear ANITA L FORSBERG-HALE:\n\nCVS Caremark, on behalf of the Service Benefit Plan, denied it.';
    expect(findPatientName(pbm)?.value).toBe('ANITA L FORSBERG-HALE');
  });

  it('takes an address block set under a paragraph that says to write there, and not a regulator’s', () => {
    const top = 'Aetna\nP.O. Box 981106\nEl Paso, TX 79998\n\nMember: Ann Lee\n\n\n\n\n\nYour claim was denied.\n';
    const appeal =
      'You may file an appeal within 180 days. Write to us, or call Member Services.\n\nAetna Member Appeals\nP.O. Box 14902\nLexington, KY 40512-4902\n';
    expect(read(top + appeal).appealsAddress?.value).toBe('Aetna Member Appeals\nP.O. Box 14902\nLexington, KY 40512-4902');
    const regulator =
      'If you disagree with our appeal process, you may write to the state.\n\nTexas Department of Insurance\nP.O. Box 12050\nAustin, TX 78711\n';
    expect(read(top + regulator).appealsAddress).toBeUndefined();
    const hearing = 'To ask for a hearing, call us or write to:\n\nOffice of Administrative Hearings\n42 State House Station\nAugusta, Maine 04333-0042\n';
    expect(read(top + hearing).appealsAddress?.value).toBe('Office of Administrative Hearings\n42 State House Station\nAugusta, Maine 04333-0042');
  });
});

describe('short notices, EOB remarks and the plan types’ own wording', () => {
  it('takes "wasn’t approved", "unable to provide benefits", and a missing authorization said in remarks, for denials', () => {
    expect(read("This drug isn't on your plan's drug list, so it wasn't approved.").reason?.value).toBe('non-formulary');
    expect(read('We are unable to provide benefits for this claim. Benefits are not available because of a policy exclusion.').isDenial).toBe(true);
    const remark = read(
      'Remark 01: We could not find an approved authorization for this service on this date. This network provider did not get the required approval.',
    );
    expect([remark.isDenial, remark.reason?.value]).toEqual([true, 'prior-authorization']);
  });

  it.each([
    ['The information provided does not support the need for this many services or items in this period.', 'quantity-limit'],
    ['The Local Coverage Determination for Glucose Monitors allows one unit of A4239 for each 30-day period.', 'quantity-limit'],
    ['The surgeon and hospital are not contracted with Humana Gold Plus (HMO).', 'out-of-network'],
    ['Otezla is not listed on the Medi-Cal Rx Contract Drugs List for your diagnosis.', 'non-formulary'],
    ['Humira is no longer included on the MHBP formulary as of January 1, 2026.', 'non-formulary'],
    ['Otezla is not on the Wellcare Value Script 2025 List of Covered Drugs (formulary).', 'non-formulary'],
    ['Why: Under the brochure, we pay only for care that is medically necessary.', 'medical-necessity'],
    ['The Trustees found that the requirements for medical necessity under the Plan are not met.', 'medical-necessity'],
    ['Before aflibercept (Eylea) is covered for macular degeneration, your plan requires a trial of bevacizumab.', 'step-therapy'],
  ])('%s → %s', (text, expected) => {
    expect(read(`Your request was denied. ${text}`).reason?.value).toBe(expected);
  });

  it('reads a patient named after "Parent or Guardian of", and a Summary Notice’s "Notice for" in a column, not its "for Part B" title', () => {
    expect(findPatientName('Dear Parent or Guardian of Kaylee R. Brandenburg:')?.value).toBe('Kaylee R. Brandenburg');
    const msn = 'Medicare Summary Notice for Part B (Medical Insurance)\n\nLaredo, TX 78045                                 Notice for ALMA R. TREVINO\n';
    expect(findPatientName(msn)?.value).toBe('ALMA R. TREVINO');
  });

  it('dates a portal page by its decision when nothing else dates it, and reads "Date Prepared"', () => {
    expect(findLetterDate('Oscar\nStelara request\nDecided on: Jan 22, 2026\n')?.value).toBe('2026-01-22');
    expect(findLetterDate('March 2, 2026\n\nDecision date: 02/27/2026\n')?.value).toBe('2026-03-02');
    expect(findLetterDate('EXPLANATION OF BENEFITS\nDate Prepared:\t06/20/25\n')?.value).toBe('2025-06-20');
  });

  it('reads state program cards for the member ID and CHIP names for the plan type, and a grandfathered plan’s own statement', () => {
    expect(read('Your request was denied.\nMedi-Cal Benefits Identification Card (BIC) ID: 93418207F85014\n').memberId?.value).toBe('93418207F85014');
    const kids = read('Your claim was denied because it is not medically necessary.\nKidsCare ID: A40918827\n');
    expect([kids.memberId?.value, kids.planTypeHint?.value]).toEqual(['A40918827', 'chip']);
    const hint = (t: string) => read(`Your claim was denied because it is not medically necessary. ${t}`).planTypeHint?.value;
    expect(hint('Highmark believes this coverage is a "grandfathered health plan" under the Affordable Care Act.')).toBe('grandfathered');
    expect(hint('This plan is not a grandfathered health plan.')).toBeUndefined();
  });

  it('reads the sentences of a line that ends by introducing an address', () => {
    const text =
      'Your claim was denied because it is not medically necessary.\nHealthSelect is a self-funded governmental plan. It is not subject to ERISA. You may appeal. Send it to:\n';
    expect(read(text).planTypeHint?.value).toBe('government-employer');
  });
});

describe('notices that speak of denials without being one, and denials said softly', () => {
  it('takes a reversed appeal, and "Nothing on this claim was denied", for no denial', () => {
    expect(read('RECONSIDERATION DECISION: APPROVED\nIn that decision we denied coverage of Wegovy. We have overturned our earlier decision.').isDenial).toBe(
      false,
    );
    expect(read('Your claim was paid. Nothing on this claim was denied. The difference is a network discount.').isDenial).toBe(false);
    expect(read('We have overturned part of our decision. We approved in part and denied the rest.').isDenial).toBe(true);
  });

  it('takes an authorization ended early and "coverage is not available" for denials, not an approval’s conditions', () => {
    expect(read('We are ending the authorization listed above early. ABA services will not be covered after 09/30/2026.').isDenial).toBe(true);
    expect(read('Coverage is not available under your benefit plan for this request.').isDenial).toBe(true);
    expect(read('Your request is approved. Fill it at an in-network specialty pharmacy. Claims from other pharmacies will not be paid.').isDenial).toBe(false);
    expect(read('Your approval ends on 05/31/2026. Infusions will not be covered after that date without a new approval.').isDenial).toBe(false);
  });

  it.each([
    ['Redwood Interventional Pain Institute is not a Kaiser Permanente Plan Provider.', 'out-of-network'],
    ['Wegovy is not included on the list of drugs your plan covers.', 'non-formulary'],
    ['Your plan covers Mounjaro up to 4 pens (2 mL) every 28 days.', 'quantity-limit'],
  ])('%s → %s', (text, expected) => {
    expect(read(`Your request was denied. ${text}`).reason?.value).toBe(expected);
  });

  it('does not take a planned date of service, or a planned surgery date for the letter’s', () => {
    expect(findServiceDate('Planned date of service:   06/22/2026\n')).toBeUndefined();
    expect(findLetterDate('October 22, 2025\n\nPlanned surgery date: November 12, 2025\n')?.value).toBe('2025-10-22');
  });

  it('reads "group code CO, reason code 197" as CO-197', () => {
    expect(read('We did not pay the claim. We told the provider this with group code CO, reason code 197.').codes).toEqual(['CO-197']);
  });

  it('takes a public school district named as the employer for a governmental plan', () => {
    const text =
      'Your request was denied because it is not medically necessary. You are covered through your employer, Maple Falls Unified School District, a public school district.';
    expect(read(text).planTypeHint?.value).toBe('government-employer');
  });
});

describe('names that are not the payer, the decider or the subject', () => {
  const catalog = catalogFromContent(getContent());
  const denial = 'Your request was denied because it is not medically necessary.\n';

  it('does not take Humana Military (TRICARE East) or a Medigap insurer for the plan', () => {
    expect(readDenialLetter(`${denial}Questions about referrals: Humana Military, TRICARE East Region.`, catalog).insurer).toBeUndefined();
    const msn = `${denial}We have sent your claim to your Medigap (supplemental) insurer, Blue Cross and Blue Shield of Oklahoma.`;
    expect(readDenialLetter(msn, catalog).insurer).toBeUndefined();
  });

  it('does not take a benefit manager that only fills or processes prescriptions for the one that decided', () => {
    expect(readDenialLetter(`${denial}Pharmacy claims for your plan are processed by Express Scripts.`, catalog).benefitManager).toBeUndefined();
    expect(readDenialLetter(`${denial}Your refills are filled by CVS Caremark Mail Service Pharmacy.`, catalog).benefitManager).toBeUndefined();
    expect(readDenialLetter(`CVS Caremark\n\n${denial}`, catalog).benefitManager?.value).toBe('cvs-caremark');
  });

  it('does not take another service the notice leaves alone for its subject', () => {
    const text = `${denial}Skilled nursing visits at home need approval. Our approval for physical therapy at home with Cumberland Rehab is not affected by this notice.`;
    expect(readDenialLetter(text, catalog).drug?.value).not.toBe('physical-therapy');
  });

  it('reads a very long line of spaces quickly (no pattern rescans it)', () => {
    const start = performance.now();
    findPatientName(`${'a'.repeat(50_000)}${' '.repeat(100_000)}notice for`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('numbers that name another letter or the appeal', () => {
  it('does not take an earlier letter’s decision or its reference for this one', () => {
    const approval = read(
      'Your request has been approved.\nAuthorization number: 1188203347\nThis letter replaces our letter of April 30, 2025 (reference 1187655019), which did not approve Stelara.',
    );
    expect([approval.isDenial, approval.claimNumber?.value]).toEqual([false, '1188203347']);
  });

  it('takes the appeal number on an acknowledgment, and an ICN over a case number', () => {
    const ack = read(
      'Appeal number: 2025-RD-0013874\nClaim number: 21024335781200\n\nWe received your request for a redetermination. We will send you our decision within 60 days.',
    );
    expect(ack.claimNumber?.value).toBe('2025-RD-0013874');
    const claim = read('Your claim was denied.\nCase number: 0048821 (Ward County)\nInternal control number (ICN): 2025089104455\n');
    expect(claim.claimNumber?.value).toBe('2025089104455');
  });
});
