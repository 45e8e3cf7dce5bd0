import { z } from 'zod';
import { isoDateSchema } from '@/lib/iso-date';
import { createCollector } from '../context';
import { computeDeadlines } from '../deadlines';
import { formatDate } from '../format';
import { SECTION, type Letter } from '../letter';
import { isPlanType, rulesFor, type PlanType } from '../plans';
import { NOTICE_ITEMS, noticeRequirements, type NoticeContext, type NoticeItem } from '../plans/notice';
import { unsupportedAnswer } from '../plans/unsupported';
import { CLAIM_FILE_FIELDS } from './claim-file-fields';
import { senderBlock, signatureBlock, type Writer } from './parts';

/**
 * The free claim-file and criteria request: who asks, which plan, the claim and the denial date. Nothing
 * else is needed, and nothing is stored. It asks for the whole file and the criteria relied on, citing the
 * right to them where the plan type has one written, and asking without claiming one where it has not.
 */

const text = (label: string, max = 200) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `Keep ${label} under ${max} characters` });
const optional = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters` })
    .optional()
    .transform((v) => v || undefined);

export const claimFileRequestSchema = z
  .object({
    patientName: text('the patient’s name'),
    representativeName: optional(),
    representativeRelationship: optional(100),
    insurer: text('the insurer’s name'),
    insurerAddress: optional(500),
    planName: optional(),
    planType: z
      .string({ error: 'Choose your plan type' })
      .trim()
      .min(1, { error: 'Choose your plan type' })
      .superRefine((v, ctx) => {
        const answer = v ? unsupportedAnswer(v) : undefined;
        if (answer) ctx.addIssue({ code: 'custom', message: answer });
      })
      .transform((v) => v as PlanType),
    memberId: optional(100),
    claimNumber: optional(100),
    denialDate: z
      .string({ error: 'Enter the date on the denial letter' })
      .trim()
      .superRefine((v, ctx) => {
        if (!isoDateSchema.safeParse(v).success)
          ctx.addIssue({ code: 'custom', message: 'Enter the date on the denial letter as a real date, for example 2026-03-14' });
      }),
    /** What the notice left out (from the notice check), to ask for by name. */
    missingFromNotice: z
      .array(z.object({ item: z.string().max(300), citation: z.string().max(120).optional() }))
      .max(12)
      .default([]),
  })
  .superRefine((r, ctx) => {
    if (r.representativeName && !r.representativeRelationship)
      ctx.addIssue({ code: 'custom', path: ['representativeRelationship'], message: 'Say how you are related to the patient' });
  });

export type ClaimFileRequest = z.infer<typeof claimFileRequestSchema>;

/** The request inside a case: everything it needs is already in the case. */
export type ClaimFileSource = Writer &
  Pick<ClaimFileRequest, 'insurer' | 'insurerAddress' | 'planType' | 'memberId' | 'claimNumber' | 'denialDate'> & {
    planName?: string;
    missingFromNotice?: ClaimFileRequest['missingFromNotice'];
  };

export function composeClaimFileRequest(r: ClaimFileSource, opts: { today: string }): Letter {
  if (!isPlanType(r.planType)) throw new Error(`unsupported plan type ${String(r.planType)}`);
  const rules = rulesFor(r.planType);
  const { cite, warn, citations, warnings } = createCollector();
  const rights = rules.rights;
  const claim = r.claimNumber ? ` (claim or reference number ${r.claimNumber})` : '';

  const requests: string[] = [];
  if (rights.claimFile) {
    const relevant = rights.relevant
      ? `, as “relevant” is defined in ${cite(rights.relevant.citation)}: every document relied on in making the decision, submitted, considered or generated in making it, and any policy statement about this treatment for this diagnosis`
      : '';
    requests.push(
      `Please send me, free of charge, copies of all documents, records and other information relevant to this claim (${cite(rights.claimFile.citation)})${relevant}.`,
    );
  } else {
    requests.push(
      'Please send me a copy of the complete file for this decision: the documents and records you relied on, any medical or other opinion you obtained, and any notes of the review.',
    );
  }
  requests.push(
    rights.criteria
      ? `Please send me the internal rule, guideline, protocol or other criterion you relied on in making the decision (${cite(rights.criteria.citation)}).`
      : 'Please send me the coverage criteria, guideline or policy you used to make the decision, with its name and date.',
  );
  if (rights.clinicalJudgment) {
    requests.push(
      `If the denial rests on medical necessity, experimental treatment or a similar exclusion, please send the scientific or clinical judgment for it, applying the plan’s terms to the patient’s medical circumstances (${cite(rights.clinicalJudgment.citation)}).`,
    );
  }
  requests.push(
    rights.experts
      ? `Please give me the name and credentials of every medical expert whose advice was obtained in connection with the decision (${cite(rights.experts.citation)}).`
      : 'Please tell me the name and credentials of any physician or other reviewer who took part in the decision.',
  );
  if (rights.codes)
    requests.push(`Please send me the diagnosis and treatment codes for this claim, and the denial code with its meaning (${cite(rights.codes.citation)}).`);
  if (r.missingFromNotice?.length) {
    const items = r.missingFromNotice.map((m) => `${m.item}${m.citation ? ` (${cite(m.citation)})` : ''}`);
    requests.push(`Your notice did not include the following, which the rules require a denial notice to contain: ${items.join('; ')}. Please send them.`);
  }

  const deadline = computeDeadlines({
    planType: r.planType,
    denialDate: r.denialDate,
    urgent: false,
    timing: 'pre-service',
    today: opts.today,
  }).deadlines.filter((d) => d.id === 'appeal-due');
  if (!r.claimNumber) warn('Add the claim or reference number from the denial letter, so the plan matches the request to the right file.');
  if (!r.insurerAddress)
    warn('Add the plan’s address from the denial letter or the member card; many plans also accept this request through their member portal.');
  warn('This request does not pause your appeal deadline. Send your appeal by its due date even if the file has not arrived.');

  const writer: Writer = r;
  return {
    subject: `Request for the claim file and the criteria used: ${r.patientName}${claim}`,
    sections: [
      {
        id: SECTION.sender,
        paragraphs: senderBlock(writer, opts.today, `${r.insurer}, Member Services and Appeals`, r.insurerAddress, [
          `Patient: ${r.patientName}`,
          r.memberId && `Member ID: ${r.memberId}`,
          r.planName && `Plan: ${r.planName}`,
          r.claimNumber && `Claim or reference number: ${r.claimNumber}`,
          `Date of the denial letter: ${formatDate(r.denialDate)}`,
        ]),
      },
      {
        id: SECTION.subject,
        paragraphs: [`Re: Request for the claim file and the criteria used in your ${rules.decisionName} dated ${formatDate(r.denialDate)}`],
      },
      {
        id: SECTION.opening,
        paragraphs: [
          'Dear Member Services,',
          `I am writing about your ${rules.decisionName} dated ${formatDate(r.denialDate)}${claim} for ${r.patientName}.${r.representativeName ? ` I am ${r.patientName}’s ${r.representativeRelationship} and authorized representative.` : ''} So that I can prepare an appeal, I ask for the following.`,
        ],
      },
      { id: 'requests', heading: 'What I am asking for', paragraphs: requests },
      {
        id: SECTION.outcome,
        paragraphs: ['Please send these to me at the address above as soon as possible, because my time to appeal is running. Thank you.'],
      },
      { id: SECTION.signature, paragraphs: signatureBlock(writer) },
    ],
    criteriaTable: [],
    exhibits: [],
    citations: citations(),
    deadlines: deadline,
    warnings: warnings(),
    previewSectionCount: 6,
  };
}

export type ClaimFileValues = Partial<Record<(typeof CLAIM_FILE_FIELDS)[number], string>>;

/** The form's fields as typed (so nothing is lost on an error), and the request when they are valid. */
export function parseClaimFileForm(form: FormData): {
  values: ClaimFileValues;
  gaps: NoticeItem[];
  result: { ok: true; request: ClaimFileRequest } | { ok: false; fieldErrors: Record<string, string[]> };
} {
  const values: ClaimFileValues = {};
  for (const name of CLAIM_FILE_FIELDS) values[name] = String(form.get(name) ?? '');
  const gaps = noticeGapsFrom(form.getAll(NOTICE_GAP_FIELD));
  const missingFromNotice = isPlanType(values.planType) ? noticeGapRequests(values.planType, gaps) : [];
  const parsed = claimFileRequestSchema.safeParse({ ...values, missingFromNotice });
  if (parsed.success) return { values, gaps, result: { ok: true, request: parsed.data } };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return { values, gaps, result: { ok: false, fieldErrors } };
}

/** The checkboxes of what the notice left out (notice item ids), posted with the free request. */
export const NOTICE_GAP_FIELD = 'noticeGap';

export function noticeGapsFrom(raw: unknown[]): NoticeItem[] {
  return [...new Set(raw.map(String).filter((v): v is NoticeItem => (NOTICE_ITEMS as readonly string[]).includes(v)))];
}

/** Each notice item the rules of this plan type require, with its rule, as the request asks for it. */
export function noticeGapRequests(planType: PlanType, gaps: readonly NoticeItem[], ctx: NoticeContext = {}): { item: string; citation: string }[] {
  const wanted = new Set(gaps);
  const seen = new Set<string>();
  return noticeRequirements(planType, ctx)
    .filter((r) => wanted.has(r.item) && !seen.has(r.item) && seen.add(r.item))
    .map((r) => ({ item: r.text, citation: r.citation }));
}
