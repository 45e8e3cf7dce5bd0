import type { AppealCase } from './case-schema';
import { createContext, type ComposeContext } from './context';
import { buildCriteria } from './criteria-table';
import { computeDeadlines } from './deadlines';
import { formatDate, possessive } from './format';
import { expeditedParagraphs, legalBasisParagraphs } from './legal-basis';
import { isExpedited } from './plans';
import { SECTION, type Letter, type LetterSection } from './letter';
import { criteriaSection, exhibitsSection, priorTreatmentSection } from './documents/evidence';
import { senderBlock, signatureBlock } from './documents/parts';
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
    criteriaSection(c),
    ...priorTreatmentSection(ctx),
    { id: SECTION.legalBasis, heading: 'Legal basis and requests', paragraphs: legalBasisParagraphs(ctx) },
    { id: SECTION.outcome, heading: 'What I am asking for', paragraphs: outcomeParagraphs(c) },
    ...exhibitsSection(criteria.exhibits),
    { id: SECTION.signature, paragraphs: signatureLines(c) },
  ];

  const deadlines = computeDeadlines({
    planType: c.planType,
    reason: c.reason,
    denialDate: c.denialDate,
    urgent: c.urgent,
    timing: c.timing,
    noticeDays: c.noticeDays,
    today: opts.today,
  });
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
  return senderBlock(c, today, `${c.insurer}, ${rules.firstLevelWith ? 'Fair Hearings and Appeals' : 'Appeals Department'}`, c.insurerAddress, [
    `Patient: ${c.patientName}`,
    `Member ID: ${c.memberId}`,
    c.claimNumber && `Claim or authorization number: ${c.claimNumber}`,
    c.decidedBy && `Decision made by: ${c.decidedBy}, for ${c.insurer}`,
    `Service: ${c.drug}`,
    c.serviceDate && `Date of service: ${formatDate(c.serviceDate)}`,
    `Date of the denial letter: ${formatDate(c.denialDate)}`,
  ]);
}

function openingParagraphs(ctx: ComposeContext): string[] {
  const { c, rules } = ctx;
  const name = rules.appealName;
  const article = /^[aeiou]/.test(name) ? 'an' : 'a';
  const representative = c.representativeName ? ` I am ${possessive(c.patientName)} ${c.representativeRelationship} and authorized representative.` : '';
  return [
    'Dear Appeals Reviewer,',
    `This letter is a request for ${article} ${name} of your ${rules.decisionName} dated ${formatDate(c.denialDate)}${c.decidedBy ? `, made by ${c.decidedBy} for the plan` : ''}.${representative}`,
    ...(isExpedited(c) ? expeditedParagraphs(ctx) : []),
  ];
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
  return signatureBlock(c, {
    name: c.prescriberName,
    specialty: c.prescriberSpecialty,
    statement: 'I am the prescribing physician. I have reviewed this letter and the enclosed records, and I support this appeal.',
  });
}

/** Practical reminders beside the letter; none of this goes into its text. */
function patientReminders({ c, warn }: ComposeContext): void {
  if (!c.insurerAddress) warn('Add the appeals address from the denial letter or the plan’s website: an appeal sent to the wrong address can be delayed.');
  if (!c.claimNumber) warn('Add the claim or authorization number from the denial letter, so the appeal is matched to the right file.');
  if (c.timing === 'post-service' && !c.serviceDate) warn('Add the date of service, so the appeal is matched to the right claim.');
  if (c.representativeName) {
    const form = ['medicare-advantage', 'medicare-part-d', 'original-medicare'].includes(c.planType)
      ? ' (for Medicare, form CMS-1696, Appointment of Representative)'
      : '';
    warn(`Attach an authorization signed by ${c.patientName} naming you as representative${form}; without it the plan may not discuss the appeal with you.`);
  }
}
