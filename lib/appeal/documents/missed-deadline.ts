import type { AppealCase } from '../case-schema';
import { createContext } from '../context';
import { formatDate } from '../format';
import { journeyStatus } from '../journey-status';
import { SEND_METHOD_LABELS, type Journey } from '../journey';
import { SECTION } from '../letter';
import { senderBlock, signatureBlock } from './parts';
import { caseDeadlines, unavailable, type DocumentResult } from './shared';

/**
 * The plan-missed-deadline letter, for the plans where the patient must act when the plan is late:
 * it states when the appeal arrived, when the decision was due, and what the rule lets the patient do.
 * Only from a known receipt date; an estimate never makes a plan late.
 */
export function composeMissedDeadline(c: AppealCase, journey: Journey, opts: { today: string }): DocumentResult {
  const status = journeyStatus(c, journey, opts.today);
  const stage = status.current;
  const due = stage.decisionDue;
  if (!stage.received) return unavailable('Record when you sent the appeal and when the plan received it first.');
  if (!due) return unavailable(`There is no sourced deadline for ${stage.decider} to decide at this level, so we cannot say it is late: check the notice.`);
  if (!due.known)
    return unavailable(
      'We only know an estimate of when the plan received your appeal. Record the date it actually arrived (a certified-mail receipt, a fax confirmation or a portal timestamp) before saying the plan is late.',
    );
  if (!due.late) return unavailable(`The decision is not late yet: it is due by ${formatDate(due.extendedTo ?? due.date)}.`);
  if (status.late?.action !== 'patient') return unavailable(status.late?.text ?? 'The plan must act on its own at this level.');

  const { ctx, citations, warnings } = createContext(c);
  const { rules, cite, warn } = ctx;
  const level = stage.level;
  const rule = level ? level.whenLate?.letter?.(cite) : rules.letter.missedDeadline?.(cite);
  if (!rule) return unavailable('We do not draft a letter for this level yet. Follow the instructions on your notice.');

  const fehbToOpm = !level && c.planType === 'fehb';
  const to = fehbToOpm
    ? 'U.S. Office of Personnel Management, Federal Employees Health Benefits Program'
    : level
      ? level.who.replace(/\.$/, '')
      : `${c.insurer}, Appeals Department`;
  const sent = stage.stage.sentOn
    ? ` on ${formatDate(stage.stage.sentOn)}${stage.stage.sentBy ? ` (${SEND_METHOD_LABELS[stage.stage.sentBy].toLowerCase()})` : ''}`
    : '';
  const dueDate = due.extendedTo ?? due.date;
  if (fehbToOpm) warn('Send this to OPM at the address in your plan brochure, and a copy to the carrier.');
  else warn('Keep proof of when this letter arrives, as you did for the appeal.');

  return {
    letter: {
      subject: `${fehbToOpm ? 'Request for OPM review' : 'Decision overdue'}: ${stage.name} for ${c.patientName} (member ID ${c.memberId})`,
      sections: [
        {
          id: SECTION.sender,
          paragraphs: senderBlock(c, opts.today, to, level || fehbToOpm ? undefined : c.insurerAddress, [
            `Patient: ${c.patientName}`,
            `Member ID: ${c.memberId}`,
            c.claimNumber && `Claim or authorization number: ${c.claimNumber}`,
            `Service: ${c.drug}`,
            `Date of the original denial: ${formatDate(c.denialDate)}`,
          ]),
        },
        { id: SECTION.subject, paragraphs: [`Re: No decision on the ${stage.name} received on ${formatDate(stage.received.on)}`] },
        {
          id: SECTION.opening,
          paragraphs: [
            fehbToOpm ? 'Dear Office of Personnel Management,' : 'Dear Appeals Reviewer,',
            `I sent the ${stage.name} for ${c.patientName}${sent}, and it was received on ${formatDate(stage.received.on)}. Under ${cite(due.citation)}, the decision was due by ${formatDate(dueDate)}${due.extendedTo ? ', including the extension' : ''}. As of ${formatDate(opts.today)}, I have not received a decision.`,
            rule,
          ],
        },
        {
          id: SECTION.outcome,
          heading: 'What I am asking for',
          paragraphs: [
            fehbToOpm
              ? `I ask OPM to review the carrier’s denial of ${c.drug} and direct the carrier to cover it.`
              : `Please confirm in writing that you received this letter, and send me the complete claim file for this appeal.`,
          ],
        },
        { id: SECTION.signature, paragraphs: signatureBlock(c) },
      ],
      criteriaTable: [],
      exhibits: [],
      citations: citations(),
      deadlines: caseDeadlines(c, journey, opts.today),
      warnings: warnings(),
      previewSectionCount: 3,
    },
  };
}
