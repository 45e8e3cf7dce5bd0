import { describe, expect, it, vi } from 'vitest';
import { appealCaseSchema, type AppealCase, type AppealCaseInput } from '@/lib/appeal/case-schema';
import { composeDocument, DOCUMENT_KINDS, type DocumentKind } from '@/lib/appeal/documents';
import { claimFileRequestSchema, composeClaimFileRequest } from '@/lib/appeal/documents/claim-file-request';
import type { Journey } from '@/lib/appeal/journey';
import { PLAN_RULES, PLAN_TYPES, type PlanType } from '@/lib/appeal/plans';
import * as C from '@/lib/appeal/plans/citations';
import { renderDocx } from '@/lib/appeal/render-docx';
import { renderPdf } from '@/lib/appeal/render-pdf';
import { renderText } from '@/lib/appeal/render-text';
import { lawForeignTo } from './law';

const TODAY = '2028-06-01';

function makeCase(planType: PlanType, overrides: Partial<AppealCaseInput> = {}): AppealCase {
  return appealCaseSchema.parse({
    insurer: 'Acme Health Plan',
    planType,
    noticeDays: PLAN_RULES[planType].appealWindow.span ? undefined : 30,
    drug: 'Examplumab',
    reason: 'medical-necessity',
    denialWords: 'Not medically necessary.',
    denialDate: '2028-01-05',
    timing: 'pre-service',
    claimNumber: 'CL-1',
    patientName: 'Jordan Sample',
    memberId: 'M-1',
    prescriberName: 'Dr. Avery Example',
    prescriberSpecialty: 'Rheumatology',
    diagnosis: 'rheumatoid arthritis',
    criteria: [
      { criterion: 'Confirmed diagnosis', chartFact: 'Positive anti-CCP', exhibit: 'Lab report' },
      { criterion: 'Trial of methotrexate', chartFact: undefined, exhibit: undefined },
    ],
    guidelineOrg: 'ACR',
    ...overrides,
  });
}

const LATE: Journey = { stages: [{ sentOn: '2027-01-02', sentBy: 'mail', receivedOn: '2027-01-04', receivedProof: 'certified-mail-receipt' }] };
const UPHELD = (planType: PlanType): Journey => ({
  stages: [
    {
      sentOn: '2028-01-10',
      receivedOn: '2028-01-12',
      decision: 'upheld',
      decisionDate: '2028-02-01',
      nextNoticeDays: planType === 'medicaid' ? 90 : undefined,
    },
  ],
});

function compose(kind: DocumentKind, c: AppealCase, journey: Journey = { stages: [] }) {
  const result = composeDocument(kind, { case: c, journey }, { today: TODAY });
  return 'letter' in result ? { letter: result.letter, text: renderText(result.letter, c) } : { unavailable: result.unavailable };
}

describe('every document, for every plan type, cites only its own law', () => {
  it.each(PLAN_TYPES.flatMap((p) => DOCUMENT_KINDS.map((k) => [p, k] as const)))('%s: %s', (planType, kind) => {
    const journey = kind === 'plan-missed-deadline' ? LATE : kind === 'next-level' ? UPHELD(planType) : { stages: [] };
    const out = compose(kind, makeCase(planType), journey);
    if ('unavailable' in out) {
      expect(out.unavailable!.length).toBeGreaterThan(20);
      return;
    }
    const everything = `${out.text}\n${out.letter!.citations.join('\n')}`;
    for (const pattern of lawForeignTo(planType)) expect(everything, `${planType} ${kind}`).not.toMatch(pattern);
    for (const c of out.letter!.citations) expect(out.text).toContain(c);
    expect(everything).not.toMatch(/147\.137/);
  });

  it('renders every available document to PDF and DOCX', async () => {
    const c = makeCase('employer');
    for (const kind of DOCUMENT_KINDS) {
      const out = compose(kind, c, kind === 'plan-missed-deadline' ? LATE : UPHELD('employer'));
      if (!out.letter) continue;
      expect((await renderPdf(out.letter, c)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await renderDocx(out.letter, c)).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });
});

describe('the claim-file and criteria request', () => {
  const request = (planType: PlanType, extra = {}) =>
    claimFileRequestSchema.parse({ patientName: 'Jordan Sample', insurer: 'Acme', planType, denialDate: '2028-01-05', claimNumber: 'CL-1', ...extra });

  it.each([
    ['employer', [C.ERISA_CLAIM_FILE, C.ERISA_RELEVANT, C.ERISA_CRITERIA, C.ERISA_EXPERTS, C.DOL_ACA_NOTICE]],
    ['government-employer', [C.ERISA_CLAIM_FILE, C.ERISA_RELEVANT, C.ERISA_CRITERIA, C.HHS_GROUP_NOTICE]],
    ['individual', [C.ERISA_CLAIM_FILE, C.ERISA_CRITERIA]],
    ['medicaid', [C.MEDICAID_CASE_FILE, C.MEDICAID_NOTICE_CRITERIA]],
  ] as const)('%s cites the written right to the file and the criteria', (planType, cites) => {
    const letter = composeClaimFileRequest(request(planType), { today: TODAY });
    for (const c of cites) expect(letter.citations).toContain(c);
    expect(renderText(letter, { patientName: 'Jordan Sample' })).toContain('free of charge');
  });

  it.each(['medicare-advantage', 'medicare-part-d', 'original-medicare', 'fehb', 'tricare', 'chip', 'medicaid-fee-for-service'] as const)(
    '%s: asks for the file without claiming a right',
    (planType) => {
      const letter = composeClaimFileRequest(request(planType), { today: TODAY });
      const text = renderText(letter, { patientName: 'Jordan Sample' });
      expect(letter.citations).toEqual([]);
      expect(text).toContain('Please send me a copy of the complete file for this decision');
      expect(text).not.toMatch(/free of charge|entitled|CFR/);
    },
  );

  it('names what the notice left out, with its rule', () => {
    const letter = composeClaimFileRequest(
      request('employer', { missingFromNotice: [{ item: 'the internal rule or criterion relied on', citation: C.ERISA_CRITERIA }] }),
      { today: TODAY },
    );
    expect(renderText(letter, { patientName: 'x' })).toContain(
      'Your notice did not include the following, which the rules require a denial notice to contain: the internal rule or criterion relied on (29 CFR 2560.503-1(g)(1)(v))',
    );
  });

  it('answers a plan type we cannot draft for with the honest answer', () => {
    const r = claimFileRequestSchema.safeParse({ patientName: 'J', insurer: 'VA', planType: 'va', denialDate: '2028-01-05' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/We don’t draft letters for VA health care/);
  });
});

describe('the plan-missed-deadline letter', () => {
  it('only from a known receipt date and a deadline that has passed', () => {
    const c = makeCase('employer');
    expect(compose('plan-missed-deadline', c, { stages: [{ sentOn: '2027-01-02', sentBy: 'mail' }] }).unavailable).toMatch(/only know an estimate/);
    expect(compose('plan-missed-deadline', c, { stages: [{ receivedOn: '2028-05-20' }] }).unavailable).toMatch(/not late yet/);
    expect(compose('plan-missed-deadline', c, { stages: [] }).unavailable).toMatch(/Record when you sent/);
  });

  it.each([
    ['employer', [C.ERISA_DEEMED_EXHAUSTION, C.DOL_ACA_DEEMED_EXHAUSTION], /requesting external review/],
    ['government-employer', [C.HHS_GROUP_DEEMED_EXHAUSTION], /requesting external review/],
    ['church', [C.TREASURY_DEEMED_EXHAUSTION], /requesting external review/],
    ['individual', [C.HHS_INDIVIDUAL_DEEMED_EXHAUSTION], /requesting external review/],
    ['grandfathered', [C.ERISA_DEEMED_EXHAUSTION], /treat the claim as denied/],
    ['medicaid', [C.MEDICAID_DEEMED_EXHAUSTION], /asking the State for a fair hearing/],
    ['fehb', [C.FEHB_OPM_REVIEW, C.FEHB_CARRIER_DECISION], /ask the Office of Personnel Management to review/],
  ] as const)('%s: states the rule that lets the patient act', (planType, cites, text) => {
    const out = compose('plan-missed-deadline', makeCase(planType), LATE);
    expect(out.letter, out.unavailable).toBeDefined();
    for (const c of cites) expect(out.letter!.citations).toContain(c);
    expect(out.text).toMatch(text);
    expect(out.text).toContain('it was received on January 4, 2027');
  });

  it.each(['medicare-advantage', 'medicare-part-d'] as const)('%s: no letter, because the plan must forward the case itself', (planType) => {
    expect(compose('plan-missed-deadline', makeCase(planType), LATE).unavailable).toMatch(/Independent Review Entity/);
  });
});

describe('the next-level request', () => {
  it.each([
    ['employer', 'independent external review', `${C.HHS_EXTERNAL_REVIEW_WINDOW}; ${C.DOL_ACA_APPEALS}`],
    ['government-employer', 'independent external review', C.HHS_EXTERNAL_REVIEW_WINDOW],
    ['church', 'independent external review', C.TREASURY_EXTERNAL_REVIEW],
    ['individual', 'independent external review', C.HHS_EXTERNAL_REVIEW_WINDOW],
    ['medicare-advantage', 'must send the case to you without a further request', C.MA_IRE],
    ['medicare-part-d', 'reconsideration by the Independent Review Entity', C.PART_D_IRE],
    ['original-medicare', 'I request reconsideration of the redetermination', C.OM_RECONSIDERATION_WINDOW],
    ['medicaid', 'I request a State fair hearing', C.MEDICAID_FAIR_HEARING_WINDOW],
    ['fehb', 'Office of Personnel Management to review', C.FEHB_OPM_REVIEW],
    ['tricare', 'I request a formal review', C.TRICARE_FORMAL_REVIEW_WINDOW],
  ] as const)('%s: %s (%s), with the evidence', (planType, words, cite) => {
    // TRICARE's benefit track: a medical-necessity denial takes the other track (tested below).
    const out = compose('next-level', makeCase(planType, planType === 'tricare' ? { reason: 'out-of-network' } : {}), UPHELD(planType));
    expect(out.letter, out.unavailable).toBeDefined();
    expect(out.text).toContain(words);
    expect(out.letter!.citations).toContain(cite);
    expect(out.letter!.criteriaTable).toHaveLength(2);
    expect(out.text).toContain('Positive anti-CCP');
  });

  it('TRICARE medical-necessity denials go to the second reconsideration', () => {
    const out = compose('next-level', makeCase('tricare', { reason: 'medical-necessity' }), UPHELD('tricare'));
    expect(out.letter!.citations).toContain(C.TRICARE_SECOND_RECONSIDERATION);
  });

  it('an urgent case asks for expedited external review, with the physician’s statement', () => {
    const out = compose('next-level', makeCase('employer', { urgent: true, urgentWhy: 'Joint destruction on imaging' }), UPHELD('employer'));
    expect(out.text).toContain(`I ask for an expedited review, with a decision within 72 hours (${C.HHS_EXPEDITED_EXTERNAL_REVIEW})`);
    expect(out.text).toContain('I am the prescribing physician');
  });

  it.each([
    ['an approval', { stages: [{ receivedOn: '2028-01-12', decision: 'approved', decisionDate: '2028-02-01' }] }, /approved it/],
    ['no decision yet', { stages: [{ receivedOn: '2028-01-12' }] }, /Record the plan’s decision/],
  ] as const)('is not drafted after %s', (_name, journey, message) => {
    expect(compose('next-level', makeCase('employer'), journey as unknown as Journey).unavailable).toMatch(message);
  });

  it('is not drafted where we know of no further level', () => {
    expect(compose('next-level', makeCase('chip'), UPHELD('chip')).unavailable).toMatch(/no further level/);
    expect(compose('next-level', makeCase('medicaid-fee-for-service'), UPHELD('medicaid-fee-for-service')).unavailable).toMatch(
      /don’t draft the request for review in state court/,
    );
  });
});

describe('the doctor’s packet', () => {
  it('asks the prescriber to address each criterion, names the missing ones, and prepares the peer-to-peer call', () => {
    const out = compose('doctor-packet', makeCase('employer'));
    const text = out.text!;
    expect(text).toContain('Dear Dr. Avery Example,');
    expect(out.letter!.criteriaTable.map((r) => r.chartFact)).toEqual(['Positive anti-CCP', null]);
    expect(text).toContain('Address the criteria I could not document: Trial of methotrexate.');
    expect(text).toContain('2. Trial of methotrexate — no fact documented yet');
    expect(text).toContain('“Not medically necessary.”');
    expect(text).toContain('Which criterion do you consider not met');
    expect(text).toContain('ACR guidelines for rheumatoid arthritis');
    expect(text).toContain('appeal due by');
  });
});

describe('the free claim-file request stores nothing', () => {
  it('the preview action never opens the database', async () => {
    vi.resetModules();
    const getDb = vi.fn(() => {
      throw new Error('the claim-file request must not touch the database');
    });
    vi.doMock('@/lib/db', () => ({ getDb }));
    const { previewClaimFileRequest } = await import('@/app/claim-file-request/actions');
    const form = new FormData();
    for (const [k, v] of Object.entries({ patientName: 'Jordan Sample', insurer: 'Acme', planType: 'employer', denialDate: '2028-01-05' })) form.set(k, v);
    const state = await previewClaimFileRequest({ values: {}, gaps: [], fieldErrors: {}, version: 0 }, form);
    expect(state.preview).toContain('Request for the claim file');
    const bad = new FormData();
    bad.set('patientName', 'Kept as typed');
    const invalid = await previewClaimFileRequest(state, bad);
    expect(invalid.values.patientName).toBe('Kept as typed');
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual(['denialDate', 'insurer', 'planType']);
    expect(getDb).not.toHaveBeenCalled();
    vi.doUnmock('@/lib/db');
  });
});
