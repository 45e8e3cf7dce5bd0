import type { ComposeContext } from './context';
import { possessive, sentence } from './format';
import { checkNotice } from './plans';
import { spanWords } from './plans/describe';

/** "…that the patient is entitled to appeal (citation)": the plan type's basic right of appeal. */
export function appealRight({ c, rules, cite }: ComposeContext): string {
  return rules.letter.appealRight(c.patientName, cite);
}

/** The expedited-review request with the plan type's clock. Only called when the case is expedited. */
export function expeditedParagraphs({ c, rules, cite, warn }: ComposeContext): string[] {
  const clock = rules.decisions.urgent;
  const who = possessive(c.patientName);
  const harm = `Waiting the standard time could seriously jeopardize ${who} life, health or ability to regain maximum function`;
  const why = c.urgentWhy ? `${harm}. Reason for urgency: ${sentence(c.urgentWhy)}` : `${harm}.`;
  const physician = `The prescribing physician, who signs below, asks that this ${rules.appealName} be treated as urgent.`;
  const within = clock ? `, with a decision within ${spanWords(clock.span)} (${cite(clock.citation)})` : '';
  if (clock && checkNotice(clock.certainty)) {
    warn(
      `The ${spanWords(clock.span)} decision for urgent requests to ${rules.short} is not set by a regulation we could confirm: check your plan’s documents or notice for its urgent-request rules, and call the plan to say the request is urgent.`,
    );
  }
  return [`I request an expedited ${rules.appealName}${within}. ${why}`, [physician, ...rules.letter.expedited(c.patientName, cite)].join(' ')];
}

/** Section 6 of the letter: the rules that govern this appeal and the requests the patient is entitled to make. */
export function legalBasisParagraphs(ctx: ComposeContext): string[] {
  const { c, rules, cite, warn } = ctx;
  rules.letterWarnings?.forEach(warn);
  const r = rules.rights;
  const paragraphs: string[] = [];
  const review = r.fullReview
    ? ` This appeal must receive a full and fair review that takes into account all the information submitted, whether or not it was considered in the initial decision (${cite(r.fullReview.citation)})${r.noDeference ? `, and gives no deference to the initial denial (${cite(r.noDeference.citation)})` : ''}.`
    : '';
  paragraphs.push(`${rules.letter.governingLaw(cite)}${review}`);

  if (r.claimFile)
    paragraphs.push(
      `Please send me, free of charge, the complete claim file: copies of all documents, records and other information relevant to this claim (${cite(r.claimFile.citation)}).`,
    );
  else
    paragraphs.push(
      'Please send me a copy of the complete case file, including the coverage criteria, guidelines and any medical opinion relied on in the denial.',
    );
  if (r.newEvidence)
    paragraphs.push(
      `Please send me any new or additional evidence or rationale considered, relied on or generated in connection with this appeal, free of charge and in time for me to respond before the decision (${cite(r.newEvidence.citation)}).`,
    );
  if (r.criteria)
    paragraphs.push(`Please send me the internal rule, guideline, protocol or other criterion relied on in denying the claim (${cite(r.criteria.citation)}).`);
  if (r.experts)
    paragraphs.push(
      `Please give me the name and credentials of every medical expert whose advice was obtained in connection with the denial (${cite(r.experts.citation)}).`,
    );
  const specialty = `ideally in ${c.prescriberSpecialty}, the prescribing physician’s specialty`;
  paragraphs.push(
    r.fairReviewer
      ? `Please have this ${rules.appealName} decided by people who were not involved in the denial and are not subordinates of anyone who was, with appropriate training and experience in the field of medicine involved, ${specialty} (${cite(r.fairReviewer.citation)}).`
      : `Please have this ${rules.appealName} decided by a physician who was not involved in the initial decision and who has expertise in the field of medicine appropriate to this treatment, ${specialty}.`,
  );

  const next = rules.nextLevels[0];
  if (next?.automatic) {
    paragraphs.push(
      `If you do not decide fully in ${possessive(c.patientName)} favor, you must forward the case to the next level, ${next.name}, without a further request (${cite(next.citation)}).`,
    );
  } else if (next?.window && next.id !== 'court') {
    const binding = next.id === 'external-review' ? ', whose decision binds the plan' : '';
    paragraphs.push(`If you uphold the denial, ${c.patientName} has the right to ask for ${next.name}${binding} (${cite(next.citation)}).`);
  }

  const continued = rules.continuedCoverage;
  if (c.timing === 'ongoing' && continued) {
    paragraphs.push(
      continued.kind === 'required'
        ? `Because this is an ongoing course of treatment, coverage must continue while this appeal is pending; it may not be reduced or ended before the review is complete (${cite(continued.citation)}).`
        : `If this decision reduces, suspends or ends a service that was previously authorized, I ask that it continue while this ${rules.appealName} is pending (${cite(continued.citation)}).`,
    );
  }
  return paragraphs;
}
