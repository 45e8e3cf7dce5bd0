import type { AppealCase } from '../case-schema';
import { createContext, type ComposeContext } from '../context';
import { buildCriteria } from '../criteria-table';
import { formatDate, possessive, sentence } from '../format';
import { journeyStatus } from '../journey-status';
import type { Decision, Journey } from '../journey';
import { SECTION, type Letter, type LetterSection } from '../letter';
import { isExpedited, type Level, type LevelId } from '../plans';
import * as C from '../plans/citations';
import { spanWords } from '../plans/describe';
import { denialSection } from '../reason-sections';
import { criteriaSection, exhibitsSection, priorTreatmentSection } from './evidence';
import { senderBlock, signatureBlock } from './parts';
import { caseDeadlines, unavailable, type DocumentResult } from './shared';

/**
 * The request for the level after the plan's decision: external review, the IRE, a State fair hearing,
 * OPM review, the QIC or TRICARE's next review. Each carries the same evidence as the appeal; the
 * addressee, the request and its legal footing come from the level in the plan-rules module.
 */

type LevelLetter = {
  to: string;
  /** The request, in one paragraph. */
  request: (ctx: ComposeContext, level: Level, upheld: string, decisionDate: string) => string;
  warning?: string;
};

const what = (c: AppealCase) => (c.timing === 'post-service' ? `payment for ${c.drug}` : `coverage of ${c.drug}`);

const LETTERS: Partial<Record<LevelId, LevelLetter>> = {
  'external-review': {
    to: 'The external review program named in the plan’s final decision (your state’s program or the federal external review process)',
    request: ({ c, cite }, level, upheld, date) =>
      `I request independent external review of ${c.insurer}’s final decision dated ${formatDate(date)}, which ${upheld} its denial of ${what(c)} for ${c.patientName} (${cite(level.citation)}). The reviewer’s decision binds the plan. I authorize the release of ${possessive(c.patientName)} medical records to the independent review organization for this review.`,
    warning:
      'Send this to the external review program the plan’s final decision names, with a copy of that decision. If the plan is insured, that is usually your state’s program (see the state pages at /states); if your employer pays claims itself, it is the federal process.',
  },
  ire: {
    to: 'The Independent Review Entity (the address is on the plan’s decision)',
    request: ({ c, cite }, level, upheld, date) =>
      level.automatic
        ? `${c.insurer}’s decision dated ${formatDate(date)} ${upheld} its denial of ${what(c)} for ${c.patientName}. Because the plan did not decide fully in ${possessive(c.patientName)} favor, it must send the case to you without a further request (${cite(level.citation)}). I am writing so that you have ${possessive(c.patientName)} reasons and records for your review.`
        : `I request reconsideration by the Independent Review Entity of ${c.insurer}’s redetermination dated ${formatDate(date)}, which ${upheld} its denial of ${what(c)} for ${c.patientName} (${cite(level.citation)}).`,
    warning:
      'For Medicare Advantage, the plan sends your case to the Independent Review Entity itself; this letter adds your reasons. For Part D, you (or the prescriber) must send the request, to the address on the plan’s decision.',
  },
  'state-fair-hearing': {
    to: 'The State Medicaid agency, fair hearings office (the address is on the plan’s appeal decision)',
    request: ({ c, cite }, level, upheld, date) =>
      `I request a State fair hearing on ${c.insurer}’s decision dated ${formatDate(date)} on ${possessive(c.patientName)} appeal, which ${upheld} its denial of ${what(c)} (${cite(level.citation)}).`,
    warning: 'Send this to the hearing office named on the plan’s appeal decision, by its deadline. Many states also take hearing requests by phone or online.',
  },
  'opm-review': {
    to: 'U.S. Office of Personnel Management, Federal Employees Health Benefits Program (the address is in your plan brochure)',
    request: ({ c, cite }, level, upheld, date) =>
      `I ask the Office of Personnel Management to review ${c.insurer}’s decision dated ${formatDate(date)}, which ${upheld} its denial of ${what(c)} for ${c.patientName} (${cite(level.citation)}). Copies of the carrier’s decision and of my request for reconsideration are enclosed.`,
  },
  qic: {
    to: 'The Qualified Independent Contractor (the address is on the redetermination notice)',
    request: ({ c, cite }, level, upheld, date) =>
      `I request reconsideration of the redetermination dated ${formatDate(date)}, which ${upheld} the denial of ${what(c)} for ${c.patientName} (${cite(level.citation)}).`,
    warning:
      'You can also use Medicare’s reconsideration form (CMS-20033) and attach this letter. Send it to the contractor named on the redetermination notice.',
  },
  'formal-review': {
    to: 'Defense Health Agency, appeals (the address is on the reconsideration decision)',
    request: ({ c, cite }, level, upheld, date) =>
      `I request a formal review of the reconsideration decision dated ${formatDate(date)}, which ${upheld} the denial of ${what(c)} for ${c.patientName} (${cite(level.citation)}).`,
    warning: 'Mail it so that the postmark shows the date, and keep a copy.',
  },
  'second-reconsideration': {
    to: 'TRICARE Quality Monitoring Contractor (the address is on the reconsideration decision)',
    request: ({ c, cite }, level, upheld, date) =>
      `I request a second reconsideration of the reconsideration decision dated ${formatDate(date)}, which ${upheld} the denial of ${what(c)} for ${c.patientName} as not medically necessary (${cite(level.citation)}).`,
  },
};

const UPHELD: Record<Exclude<Decision, 'approved'>, string> = { upheld: 'upheld', 'partly-upheld': 'upheld in part' };

export function composeNextLevel(c: AppealCase, journey: Journey, opts: { today: string }): DocumentResult {
  const next = journeyStatus(c, journey, opts.today).next;
  if (!next) return unavailable('Record the plan’s decision and its date first.');
  if (next.kind === 'approved') return unavailable('The plan approved it: there is no next level to ask for.');
  if (next.kind === 'end')
    return unavailable('There is no further level we know of for this plan type. Your decision notice says what, if anything, comes next.');
  const spec = LETTERS[next.level.id];
  if (!spec || next.from === 'approved')
    return unavailable(`We don’t draft the request for ${next.level.name} yet. Follow the instructions on your decision notice.`);

  const { ctx, citations, warnings } = createContext(c);
  const { cite, warn } = ctx;
  const level = next.level;
  const criteria = buildCriteria(c.criteria);
  criteria.warnings.forEach(warn);
  if (spec.warning) warn(spec.warning);

  const expedited = isExpedited(c) && level.decision?.expedited;
  const request: string[] = [spec.request(ctx, level, UPHELD[next.from], next.decisionDate)];
  if (expedited) {
    request.push(
      `Waiting the standard time could seriously jeopardize ${possessive(c.patientName)} life, health or ability to regain maximum function${c.urgentWhy ? `: ${sentence(c.urgentWhy)}` : '.'} I ask for an expedited review, with a decision within ${spanWords(expedited.span)} (${cite(expedited.citation)}). The prescribing physician, who signs below, supports the request.`,
    );
  }
  if (level.id === 'state-fair-hearing' && c.timing === 'ongoing') {
    request.push(
      `If this decision reduces, suspends or ends a service that was previously authorized, I ask that it continue until the hearing decision (${cite(C.MEDICAID_CONTINUED_BENEFITS)}).`,
    );
  }

  const reasons: LetterSection = {
    id: 'reasons',
    heading: 'Why the decision should be reversed',
    paragraphs: [
      `${c.drug} is needed to treat ${possessive(c.patientName)} ${c.diagnosis}. The plan’s criteria are listed below, each with the fact in the medical records that meets it and the exhibit that shows it.`,
      ...(c.guidelineOrg ? [`The treatment is supported for this condition by ${c.guidelineOrg.replace(/\.$/, '')} guidelines.`] : []),
    ],
  };
  const sections: LetterSection[] = [
    {
      id: SECTION.sender,
      paragraphs: senderBlock(c, opts.today, spec.to, undefined, [
        `Patient: ${c.patientName}`,
        `Plan: ${c.insurer}`,
        `Member ID: ${c.memberId}`,
        c.claimNumber && `Claim or authorization number: ${c.claimNumber}`,
        `Service: ${c.drug}`,
        `Date of the plan’s decision: ${formatDate(next.decisionDate)}`,
      ]),
    },
    {
      id: SECTION.subject,
      paragraphs: [`Re: Request for ${expedited ? 'expedited ' : ''}${level.name.replace(/^(a|an) /, '')}: ${c.drug} for ${c.patientName}`],
    },
    { id: SECTION.opening, paragraphs: ['Dear Reviewer,', ...request] },
    denialSection(ctx, 'The plan’s original'),
    reasons,
    criteriaSection(c),
    ...priorTreatmentSection(ctx),
    {
      id: SECTION.outcome,
      heading: 'What I am asking for',
      paragraphs: [
        `I ask you to reverse the plan’s decision and require it to ${c.timing === 'post-service' ? 'pay the claim for' : 'cover'} ${c.drug}. Please send your decision to me and to the prescribing physician.`,
      ],
    },
    ...exhibitsSection(criteria.exhibits),
    {
      id: SECTION.signature,
      paragraphs: signatureBlock(
        c,
        expedited
          ? {
              name: c.prescriberName,
              specialty: c.prescriberSpecialty,
              statement:
                'I am the prescribing physician. Waiting the standard time could seriously jeopardize my patient’s life, health or ability to regain maximum function.',
            }
          : undefined,
      ),
    },
  ];
  const letter: Letter = {
    subject: `Request for ${level.name.replace(/^(a|an) /, '')}: ${c.drug} for ${c.patientName}`,
    sections,
    criteriaTable: criteria.table,
    exhibits: criteria.exhibits,
    citations: citations(),
    deadlines: caseDeadlines(c, journey, opts.today),
    warnings: warnings(),
    previewSectionCount: 3,
  };
  return { letter };
}
