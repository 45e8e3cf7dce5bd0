import type { AppealCase } from './case-schema';
import { createContext, type ComposeContext } from './context';
import { buildCriteria } from './criteria-table';
import { computeDeadlines } from './deadlines';
import { formatDate, possessive, sentence } from './format';
import { expeditedParagraphs, legalBasisParagraphs } from './legal-basis';
import { isExpedited } from './plans';
import { SECTION, type Letter, type LetterSection } from './letter';
import { answerSection, denialSection } from './reason-sections';

export type { Letter } from './letter';

const PREVIEW_SECTIONS = [SECTION.sender, SECTION.subject, SECTION.opening, SECTION.denial];

/**
 * Writes the appeal letter from the case. Pure: the date comes in as `today`, and the letter states only
 * facts the patient entered; gaps become warnings for the patient, never text.
 */
export function composeLetter(c: AppealCase, opts: { today: string }): Letter {
  const { ctx, citations, warnings } = createContext(c);
  const criteria = buildCriteria(c.criteria);
  criteria.warnings.forEach(ctx.warn);
  const subject = subjectLine(ctx);

  const sections: LetterSection[] = [
    { id: SECTION.sender, paragraphs: senderLines(ctx, opts.today) },
    { id: SECTION.subject, paragraphs: [`Re: ${subject}`] },
    { id: SECTION.opening, paragraphs: openingParagraphs(ctx) },
    denialSection(ctx),
    answerSection(ctx),
    {
      id: SECTION.criteria,
      heading: 'How the coverage criteria are met',
      paragraphs: [`Each coverage criterion is listed below with the fact in ${possessive(c.patientName)} medical records that meets it and the number of the exhibit that shows it.`],
    },
    ...priorTreatmentSection(ctx),
    { id: SECTION.legalBasis, heading: 'Legal basis and requests', paragraphs: legalBasisParagraphs(ctx) },
    { id: SECTION.outcome, heading: 'What I am asking for', paragraphs: outcomeParagraphs(c) },
    ...(criteria.exhibits.length ? [{ id: SECTION.exhibits, heading: 'Exhibits', paragraphs: ['Enclosed, numbered as in the table above:'] }] : []),
    { id: SECTION.signature, paragraphs: signatureLines(c) },
  ];

  const deadlines = computeDeadlines({ planType: c.planType, reason: c.reason, denialDate: c.denialDate, urgent: c.urgent, timing: c.timing, noticeDays: c.noticeDays, today: opts.today });
  deadlines.warnings.forEach(ctx.warn);
  patientReminders(ctx);

  return {
    subject,
    sections,
    criteriaTable: criteria.table,
    exhibits: criteria.exhibits,
    citations: citations(),
    deadlines: deadlines.deadlines,
    warnings: warnings(),
    previewSectionCount: PREVIEW_SECTIONS.length,
  };
}

function subjectLine({ c, rules }: ComposeContext): string {
  const kind = `${isExpedited(c) ? 'expedited ' : ''}${rules.appealName}`;
  return `Request for ${kind}: ${c.drug} for ${c.patientName} (member ID ${c.memberId}${c.claimNumber ? `, claim ${c.claimNumber}` : ''})`;
}

function senderLines({ c, rules }: ComposeContext, today: string): string[] {
  const sender = c.representativeName ? `${c.representativeName}, ${c.representativeRelationship} and authorized representative of ${c.patientName}` : c.patientName;
  return [
    sender,
    formatDate(today),
    `To: ${c.insurer}, ${rules.firstLevelWith ? 'Fair Hearings and Appeals' : 'Appeals Department'}`,
    // One line per address line, so every renderer (HTML, PDF, DOCX) breaks it where the patient did.
    ...(c.insurerAddress ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    `Patient: ${c.patientName}`,
    `Member ID: ${c.memberId}`,
    ...(c.claimNumber ? [`Claim or authorization number: ${c.claimNumber}`] : []),
    `Service: ${c.drug}`,
    ...(c.serviceDate ? [`Date of service: ${formatDate(c.serviceDate)}`] : []),
    `Date of the denial letter: ${formatDate(c.denialDate)}`,
  ];
}

function openingParagraphs(ctx: ComposeContext): string[] {
  const { c, rules } = ctx;
  const name = rules.appealName;
  const article = /^[aeiou]/.test(name) ? 'an' : 'a';
  const representative = c.representativeName ? ` I am ${possessive(c.patientName)} ${c.representativeRelationship} and authorized representative.` : '';
  return [
    'Dear Appeals Reviewer,',
    `This letter is a request for ${article} ${name} of your ${rules.decisionName} dated ${formatDate(c.denialDate)}.${representative}`,
    ...(isExpedited(c) ? expeditedParagraphs(ctx) : []),
  ];
}

function priorTreatmentSection({ c, warn }: ComposeContext): LetterSection[] {
  if (c.priorTreatments.length === 0) return [];
  const paragraphs = c.priorTreatments.map((t) => {
    if (!t.outcome) warn(`Add the outcome of “${t.treatment}” (for example “stopped after 3 months: no response”).`);
    return sentence(`${t.treatment}${t.dates ? ` (${t.dates})` : ''}${t.outcome ? `: ${t.outcome}` : ''}`);
  });
  return [{ id: SECTION.priorTreatments, heading: 'Treatments already tried', paragraphs }];
}

const EXCEPTION_GRANT: Partial<Record<AppealCase['reason'], string>> = {
  'step-therapy': 'grant the step-therapy exception',
  'non-formulary': 'grant the formulary exception',
  'quantity-limit': 'grant the quantity-limit exception',
  'out-of-network': 'grant the network exception',
};

function outcomeParagraphs(c: AppealCase): string[] {
  const grant = EXCEPTION_GRANT[c.reason] ?? (c.reason === 'prior-authorization' && c.timing !== 'pre-service' ? 'grant retroactive authorization' : '');
  const reverse = `I ask you to reverse the denial${grant ? `, ${grant}` : ''}`;
  const ask =
    c.timing === 'post-service'
      ? `${reverse} and pay the claim${c.claimNumber ? ` (${c.claimNumber})` : ''} for ${c.drug}${c.serviceDate ? ` provided on ${formatDate(c.serviceDate)}` : ''}.`
      : `${reverse} and approve the authorization for ${c.drug} for ${c.patientName}${c.timing === 'ongoing' ? ', so that treatment continues without interruption' : ''}.`;
  return [ask, 'Please send your decision in writing to me and to the prescribing physician. Thank you for your prompt review.'];
}

function signatureLines(c: AppealCase): string[] {
  const signer = c.representativeName ? `${c.representativeName}, ${c.representativeRelationship} and authorized representative of ${c.patientName}` : `${c.patientName}, patient`;
  const line = '______________________________';
  return [
    'Sincerely,',
    line,
    signer,
    'Date: ______________',
    'I am the prescribing physician. I have reviewed this letter and the enclosed records, and I support this appeal.',
    line,
    `${c.prescriberName}, ${c.prescriberSpecialty}, prescribing physician`,
    'Date: ______________',
  ];
}

/** Practical reminders beside the letter; none of this goes into its text. */
function patientReminders({ c, warn }: ComposeContext): void {
  if (!c.insurerAddress) warn('Add the appeals address from the denial letter or the plan’s website: an appeal sent to the wrong address can be delayed.');
  if (!c.claimNumber) warn('Add the claim or authorization number from the denial letter, so the appeal is matched to the right file.');
  if (c.timing === 'post-service' && !c.serviceDate) warn('Add the date of service, so the appeal is matched to the right claim.');
  if (c.representativeName) {
    const form = ['medicare-advantage', 'medicare-part-d', 'original-medicare'].includes(c.planType) ? ' (for Medicare, form CMS-1696, Appointment of Representative)' : '';
    warn(`Attach an authorization signed by ${c.patientName} naming you as representative${form}; without it the plan may not discuss the appeal with you.`);
  }
  }
