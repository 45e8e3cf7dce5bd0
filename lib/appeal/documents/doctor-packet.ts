import type { AppealCase } from '../case-schema';
import { createContext } from '../context';
import { buildCriteria } from '../criteria-table';
import { formatDate, possessive } from '../format';
import type { Journey } from '../journey';
import { SECTION, type Letter } from '../letter';
import { isExpedited } from '../plans';
import { spanWords } from '../plans/describe';
import { REASON_PHRASE } from '../reason-sections';
import { senderBlock, signatureBlock } from './parts';
import { caseDeadlines } from './shared';

/**
 * The doctor's packet: a request to the prescriber for a letter of medical necessity that names each
 * criterion with the fact the patient entered and what is still missing, and a peer-to-peer preparation
 * sheet. Only what the patient entered; a missing fact is named as missing, never filled in.
 */
export function composeDoctorPacket(c: AppealCase, journey: Journey, opts: { today: string }): Letter {
  const { ctx, citations, warnings } = createContext(c);
  const { rules, cite } = ctx;
  const criteria = buildCriteria(c.criteria);
  const deadlines = caseDeadlines(c, journey, opts.today);
  const due = deadlines.find((d) => d.id === 'appeal-due');
  const missing = criteria.table.filter((r) => !r.chartFact).map((r) => r.criterion);
  const urgent = rules.decisions.urgent;

  const request = [
    `Dear ${c.prescriberName},`,
    `${c.insurer} denied ${c.drug} for ${c.patientName} ${REASON_PHRASE[c.reason]}, in a letter dated ${formatDate(c.denialDate)}. I am appealing${due?.date ? `, and the appeal is due by ${formatDate(due.date)}` : ''}. A letter of medical necessity from you is the strongest evidence I can send.`,
    `Could you write one that takes the plan’s criteria in turn? The table below lists each criterion with what I found in ${possessive(c.patientName)} records and the document that shows it. Where it says “—”, I could not find the fact: please say whether it is met and what in the chart shows it.`,
  ];
  const asks = [
    'State the diagnosis and why this treatment is right for it now.',
    `Name the clinical guideline that supports it for this condition${c.guidelineOrg ? ` (I found ${c.guidelineOrg.replace(/\.$/, '')})` : ''}.`,
    ...(c.priorTreatments.length
      ? ['Confirm the treatments already tried, with dates and why each was stopped.']
      : ['List any treatments already tried, with dates and why each was stopped.']),
    ...(missing.length ? [`Address the criteria I could not document: ${missing.join('; ')}.`] : []),
    ...(isExpedited(c) && urgent
      ? [
          `Say whether waiting the standard time could seriously jeopardize ${possessive(c.patientName)} life, health or ability to regain maximum function: that makes the plan decide within ${spanWords(urgent.span)} (${cite(urgent.citation)}).`,
        ]
      : []),
  ];

  const questions = [
    'Which criterion do you consider not met, and what documentation would meet it?',
    'Which policy or guideline did you apply, and which version or date?',
    'What is your specialty, and have you reviewed the records we sent?',
    `If we send that documentation today, will you approve ${c.drug}?`,
    `If you uphold the denial, please send it in writing so that the ${rules.appealName} can go ahead.`,
  ];
  const sheetFacts = criteria.table.map(
    (r, i) => `${i + 1}. ${r.criterion} — ${r.chartFact ? `${r.chartFact}${r.exhibit ? ` (exhibit ${r.exhibit})` : ''}` : 'no fact documented yet'}`,
  );

  return {
    subject: `Doctor’s packet: ${c.drug} for ${c.patientName}`,
    sections: [
      {
        id: SECTION.sender,
        paragraphs: senderBlock(c, opts.today, `${c.prescriberName}, ${c.prescriberSpecialty}`, undefined, [
          `Patient: ${c.patientName}`,
          `Plan: ${c.insurer} (member ID ${c.memberId})`,
          `Denied: ${c.drug}`,
        ]),
      },
      { id: SECTION.subject, paragraphs: [`Re: Part 1: a letter of medical necessity for the appeal to ${c.insurer}`] },
      { id: SECTION.opening, paragraphs: request },
      {
        id: SECTION.criteria,
        heading: 'The plan’s criteria and what the records show',
        paragraphs: [`Each criterion, the fact in ${possessive(c.patientName)} records that meets it, and the exhibit that shows it.`],
      },
      { id: `${SECTION.list}-asks`, heading: 'What would help most in your letter', paragraphs: asks },
      { id: SECTION.signature, paragraphs: [...signatureBlock(c).slice(0, 3), 'Thank you.'] },
      {
        id: SECTION.lines,
        heading: 'Part 2: peer-to-peer preparation sheet',
        paragraphs: [
          `Patient: ${c.patientName}. Plan: ${c.insurer}. Denied: ${c.drug} for ${c.diagnosis}.`,
          `Denial dated ${formatDate(c.denialDate)}${due?.date ? `; appeal due by ${formatDate(due.date)}` : ''}.`,
        ],
      },
      {
        id: 'denial-words',
        heading: 'The denial in the plan’s words',
        paragraphs: [
          c.denialWords ? `“${c.denialWords.replace(/^["“”']+|["“”']+$/g, '')}”` : 'Not entered: copy the reason from the denial letter before the call.',
        ],
      },
      { id: `${SECTION.list}-criteria`, heading: 'Each criterion and the facts that meet it', paragraphs: sheetFacts },
      {
        id: `${SECTION.list}-guidelines`,
        heading: 'Guidelines to name',
        paragraphs: [
          c.guidelineOrg
            ? `${c.guidelineOrg.replace(/\.$/, '')} guidelines for ${c.diagnosis}.`
            : 'None entered: name the specialty society guideline that supports this treatment.',
        ],
      },
      { id: `${SECTION.list}-questions`, heading: 'Questions to ask the plan’s reviewer', paragraphs: questions },
    ],
    criteriaTable: criteria.table,
    exhibits: criteria.exhibits,
    citations: citations(),
    deadlines,
    warnings: [
      ...(missing.length ? [`The prescriber’s letter should cover the criteria without a documented fact: ${missing.join('; ')}.`] : []),
      ...warnings(),
    ],
    previewSectionCount: 3,
  };
}
