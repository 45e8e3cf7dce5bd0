import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealCaseSchema, STEP_THERAPY_GROUNDS, type AppealCase, type AppealCaseInput } from '@/lib/appeal/case-schema';
import { composeLetter, type Letter } from '@/lib/appeal/compose';
import { isExpedited, PLAN_RULES, PLAN_TYPES, SERVICE_TIMINGS, type PlanType } from '@/lib/appeal/plans';
import * as C from '@/lib/appeal/plans/citations';
import { spanWords } from '@/lib/appeal/plans/describe';
import { lawForeignTo } from './law';
import { escapeHtml, renderHtml } from '@/lib/appeal/render-html';
import { renderPreviewText, renderText } from '@/lib/appeal/render-text';
import { stepTherapySentence } from '@/lib/appeal/step-therapy';
import { REASONS, type ReasonSlug } from '@/lib/content/reasons';

const TODAY = '2026-11-20';
const CASES_DIR = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));
const FORBIDDEN = ['147.137', '70 days'];

const fixtures = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, c: appealCaseSchema.parse(JSON.parse(readFileSync(`${CASES_DIR}${file}`, 'utf8'))) }));

function baseCase(overrides: Partial<AppealCaseInput> = {}): AppealCase {
  return appealCaseSchema.parse({
    insurer: 'Acme Health Plan',
    planType: 'employer',
    drug: 'Examplumab',
    reason: 'medical-necessity',
    denialDate: '2026-11-01',
    timing: 'pre-service',
    patientName: 'Jordan Sample',
    memberId: 'M-1',
    prescriberName: 'Dr. Avery Example',
    prescriberSpecialty: 'Rheumatology',
    diagnosis: 'rheumatoid arthritis',
    criteria: [{ criterion: 'Confirmed diagnosis', chartFact: 'Positive anti-CCP on 2026-01-05', exhibit: 'Lab report' }],
    stepTherapyGrounds: overrides.reason === 'step-therapy' ? ['tried-and-failed'] : [],
    noticeDays: overrides.planType && !PLAN_RULES[overrides.planType as PlanType].appealWindow.span ? 30 : undefined,
    ...overrides,
  } satisfies AppealCaseInput);
}

function compose(c: AppealCase) {
  const letter = composeLetter(c, { today: TODAY });
  return { letter, text: renderText(letter, c), html: renderHtml(letter, c) };
}

function expectExhibitsAgree(letter: Letter) {
  const inTable = new Set(letter.criteriaTable.flatMap((r) => (r.exhibit === null ? [] : [r.exhibit])));
  const listed = letter.exhibits.map((e) => e.number);
  expect(listed).toEqual(listed.map((_, i) => i + 1));
  expect([...inTable].sort((a, b) => a - b)).toEqual(listed);
  // Numbered in order of first appearance in the table.
  expect([...new Set(letter.criteriaTable.flatMap((r) => (r.exhibit === null ? [] : [r.exhibit])))]).toEqual(listed);
}

describe('fixtures', () => {
  it('cover every plan type and every denial reason', () => {
    expect(new Set(fixtures.map((f) => f.c.planType))).toEqual(new Set(PLAN_TYPES));
    expect(new Set(fixtures.map((f) => f.c.reason))).toEqual(new Set(REASONS));
  });

  it.each(fixtures)('$file never contains a forbidden figure or citation', ({ c }) => {
    const { letter, text, html } = compose(c);
    for (const bad of FORBIDDEN) {
      expect(text).not.toContain(bad);
      expect(html).not.toContain(bad);
      expect(letter.citations.join(' ')).not.toContain(bad);
    }
    expectExhibitsAgree(letter);
  });
});

const EXPECTED_CITATIONS: Record<PlanType, string[]> = {
  employer: [
    C.ERISA_CLAIM_FILE,
    C.ERISA_CRITERIA,
    C.ERISA_EXPERTS,
    C.ERISA_FAIR_REVIEWER,
    C.DOL_ACA_NEW_EVIDENCE,
    `${C.HHS_EXTERNAL_REVIEW_WINDOW}; ${C.DOL_ACA_APPEALS}`,
  ],
  'government-employer': [
    C.HHS_GROUP_PLANS,
    C.HHS_APPEALS,
    C.ERISA_CLAIMS,
    C.ERISA_CLAIM_FILE,
    C.ERISA_CRITERIA,
    C.HHS_GROUP_NEW_EVIDENCE,
    C.HHS_EXTERNAL_REVIEW_WINDOW,
  ],
  church: [C.TREASURY_GROUP_PLANS, C.ERISA_CLAIMS, C.ERISA_CLAIM_FILE, C.ERISA_CRITERIA, C.TREASURY_EXTERNAL_REVIEW],
  grandfathered: [C.ERISA_CLAIM_FILE, C.ERISA_CRITERIA, C.ERISA_EXPERTS, C.ERISA_FAIR_REVIEWER],
  individual: [C.HHS_INDIVIDUAL, C.ERISA_CLAIMS, C.ERISA_CLAIM_FILE, C.ERISA_CRITERIA, C.HHS_EXTERNAL_REVIEW_WINDOW],
  fehb: [C.FEHB_RECONSIDERATION, C.FEHB_CARRIER_DECISION, C.FEHB_OPM_REVIEW],
  'medicare-advantage': [C.MA_RECONSIDERATION, C.MA_DECISIONS, C.MA_IRE],
  'medicare-part-d': [C.PART_D_REDETERMINATION, C.PART_D_DECISIONS, C.PART_D_IRE],
  'original-medicare': [C.OM_REDETERMINATION, C.OM_RECONSIDERATION_WINDOW],
  medicaid: [C.MEDICAID_APPEAL, C.MEDICAID_CASE_FILE, C.MEDICAID_DECISION_STANDARD, C.MEDICAID_FAIR_HEARING_WINDOW],
  'medicaid-fee-for-service': [C.FAIR_HEARING_RIGHT, C.FAIR_HEARING_STATUTE],
  chip: [C.CHIP_REVIEW, C.CHIP_REVIEW_STANDARDS, C.CHIP_INDEPENDENT_REVIEWER],
  tricare: [C.TRICARE_APPEALS],
};

describe('legal basis by plan type', () => {
  it.each([...PLAN_TYPES])('%s cites its own rules, and no law that does not apply to it', (planType) => {
    for (const timing of SERVICE_TIMINGS) {
      const { letter, text } = compose(baseCase({ planType, timing }));
      for (const ref of EXPECTED_CITATIONS[planType]) {
        expect(letter.citations).toContain(ref);
        expect(text).toContain(ref);
      }
      for (const ref of letter.citations) expect(text).toContain(ref);
      for (const pattern of lawForeignTo(planType)) expect(`${text} ${letter.citations.join(' ')}`).not.toMatch(pattern);
    }
  });

  it('names ERISA only for private employer plans (and grandfathered ones, with a warning)', () => {
    expect(compose(baseCase({ planType: 'employer' })).text).toContain('governed by ERISA');
    for (const planType of PLAN_TYPES.filter((p) => p !== 'employer' && p !== 'grandfathered'))
      expect(compose(baseCase({ planType })).text).not.toContain('ERISA');
    expect(compose(baseCase({ planType: 'grandfathered' })).letter.warnings.join(' ')).toMatch(/do not send this letter as it is/);
  });

  it('a government employer’s letter rests on 45 CFR 147.136, never on ERISA', () => {
    const { text } = compose(baseCase({ planType: 'government-employer' }));
    expect(text).toContain(
      'This plan is a non-federal governmental health plan. Under 45 CFR 147.136(b)(2)(i), it must follow the claims and appeals procedures of 29 CFR 2560.503-1',
    );
    expect(text).not.toMatch(/ERISA|2590\.715|54\.9815|1132|1133/);
  });

  it('offers external review only where the federal right exists', () => {
    for (const planType of ['employer', 'government-employer', 'church', 'individual'] as const) {
      expect(compose(baseCase({ planType })).text).toContain('has the right to ask for independent external review, whose decision binds the plan');
    }
    expect(compose(baseCase({ planType: 'grandfathered' })).text).not.toContain('external review');
    expect(compose(baseCase({ planType: 'medicare-advantage' })).text).toContain('without a further request (42 CFR 422.592)');
  });

  it('asks for the outcome that fits the timing', () => {
    expect(compose(baseCase({ timing: 'pre-service' })).text).toContain('approve the authorization for Examplumab');
    expect(compose(baseCase({ timing: 'post-service', claimNumber: 'C-9', serviceDate: '2026-10-01' })).text).toContain(
      'pay the claim (C-9) for Examplumab provided on October 1, 2026',
    );
  });

  it('asks for the claim file without claiming a right where the plan type has none written', () => {
    for (const planType of ['medicare-advantage', 'medicare-part-d', 'original-medicare', 'fehb', 'tricare'] as const) {
      const { text } = compose(baseCase({ planType }));
      expect(text).toContain('Please send me a copy of the complete case file');
      expect(text).not.toContain('free of charge, the complete claim file');
    }
  });
});

describe('expedited review', () => {
  const why = 'Tumour growing fast on the latest scan';

  it.each([...PLAN_TYPES])('%s: requested with the plan type’s clock and the reason only when urgent, and only where it exists', (planType) => {
    const c = baseCase({ planType, urgent: true, urgentWhy: why });
    const urgent = compose(c);
    const rules = PLAN_RULES[planType];
    if (isExpedited(c)) {
      expect(urgent.letter.subject).toMatch(/expedited/i);
      expect(urgent.text).toContain(why);
      if (rules.decisions.urgent) {
        expect(urgent.text).toContain(`with a decision within ${spanWords(rules.decisions.urgent.span)} (${rules.decisions.urgent.citation})`);
        expect(urgent.letter.citations).toContain(rules.decisions.urgent.citation);
      }
    } else {
      expect(rules.expedited).toBeNull();
      expect(urgent.text).not.toMatch(/expedit/i);
      expect(urgent.letter.warnings.join(' ')).toContain(rules.noExpedited!);
    }
    const standard = compose(baseCase({ planType, urgent: false, urgentWhy: why }));
    expect(standard.text).not.toMatch(/expedit/i);
    expect(standard.text).not.toContain(why);
  });

  it('is not requested for a payment appeal, which runs on the standard clock', () => {
    const { text } = compose(baseCase({ urgent: true, urgentWhy: why, timing: 'post-service' }));
    expect(text).not.toMatch(/expedit/i);
  });

  it.each(fixtures)('$file: expedited language matches the case', ({ c }) => {
    const { text } = compose(c);
    expect(/expedit/i.test(text)).toBe(isExpedited(c));
  });
});

const KEY_SENTENCE: Record<ReasonSlug, string> = {
  'prior-authorization': 'I request retroactive authorization of Examplumab',
  'medical-necessity': 'criterion by criterion',
  'step-therapy': 'I request a step-therapy exception',
  'non-formulary': 'I request a formulary exception',
  experimental: 'experimental or investigational',
  'out-of-network': 'I request a network exception',
  'quantity-limit': 'I request an exception to the quantity limit',
};

describe('the answer to each denial reason', () => {
  it.each(REASONS)('%s has its answer section and key sentence', (reason) => {
    const { letter, text } = compose(baseCase({ reason, timing: 'post-service' }));
    const answer = letter.sections.find((s) => s.id === 'answer');
    expect(answer?.paragraphs.join(' ')).toContain(KEY_SENTENCE[reason]);
    expect(text).toContain(KEY_SENTENCE[reason]);
  });

  it('prior authorization: includes why it was not obtained, when given', () => {
    const why = 'The infusion was given the same day in the emergency department';
    expect(compose(baseCase({ reason: 'prior-authorization', timing: 'post-service', whyNoAuthorization: why })).text).toContain(why);
    const without = compose(baseCase({ reason: 'prior-authorization', timing: 'post-service' }));
    expect(without.letter.warnings.join(' ')).toMatch(/why authorization was not obtained/);
  });

  it('medical necessity: names the guideline organization, or warns to add one', () => {
    expect(compose(baseCase({ guidelineOrg: 'ACR' })).text).toContain('supported for this indication by ACR guidelines');
    const without = compose(baseCase());
    expect(without.letter.warnings.join(' ')).toMatch(/guideline organization/);
    expect(without.text).not.toMatch(/guidelines\./);
  });

  it('step therapy: every chosen ground becomes its sentence, with the detail', () => {
    const c = baseCase({ reason: 'step-therapy', stepTherapyGrounds: [...STEP_THERAPY_GROUNDS], stepTherapyDetail: 'Methotrexate caused hepatitis in 2024' });
    const { text } = compose(c);
    for (const ground of STEP_THERAPY_GROUNDS) expect(text).toContain(stepTherapySentence(ground, c));
    expect(text).toContain('Methotrexate caused hepatitis in 2024.');
  });

  it('Part D exceptions (423.578) cover formulary, step-therapy and quantity-limit denials, with the prescriber’s statement', () => {
    for (const reason of ['step-therapy', 'non-formulary', 'quantity-limit'] as const) {
      const { letter, text } = compose(baseCase({ planType: 'medicare-part-d', reason }));
      expect(letter.citations).toContain(C.PART_D_EXCEPTIONS);
      expect(text).toContain('serves as the prescriber’s supporting statement');
    }
  });

  it('the Marketplace drug exception (156.122(c)) covers only drugs off the formulary', () => {
    expect(compose(baseCase({ planType: 'individual', reason: 'non-formulary' })).letter.citations).toContain(C.EHB_DRUG_EXCEPTIONS);
    for (const reason of ['step-therapy', 'quantity-limit'] as const) {
      const { letter, text } = compose(baseCase({ planType: 'individual', reason }));
      expect(letter.citations).not.toContain(C.EHB_DRUG_EXCEPTIONS);
      expect(text).toContain(`entitled to appeal under ${C.HHS_INDIVIDUAL}`);
    }
  });

  it.each(['employer', 'grandfathered', 'government-employer', 'church'] as const)(
    'step therapy on a %s plan: an appealable decision, state law left to the patient',
    (planType) => {
      const { letter, text } = compose(baseCase({ planType, reason: 'step-therapy' }));
      expect(text).toContain(`This denial is ${PLAN_RULES[planType].letter.appealRight('Jordan Sample', (r) => r)}.`);
      expect(text).not.toMatch(/156\.122|423\.578/);
      expect(letter.warnings.join(' ')).toContain('check whether your state has a step-therapy exception law');
    },
  );
});

describe('criteria table and exhibits', () => {
  it('share numbers between identical exhibit names and number them by first appearance', () => {
    const c = baseCase({
      criteria: [
        { criterion: 'A', chartFact: 'fact A', exhibit: 'Clinic notes' },
        { criterion: 'B', chartFact: 'fact B', exhibit: 'Lab report' },
        { criterion: 'C', chartFact: 'fact C', exhibit: 'clinic  NOTES' },
        { criterion: 'D', chartFact: 'fact D' },
      ],
    });
    const { letter, html } = compose(c);
    expect(letter.criteriaTable.map((r) => r.exhibit)).toEqual([1, 2, 1, null]);
    expect(letter.exhibits).toEqual([
      { number: 1, name: 'Clinic notes' },
      { number: 2, name: 'Lab report' },
    ]);
    expectExhibitsAgree(letter);
    expect(html).toContain('<ol class="exhibit-list">');
    expect(html).toContain('<th scope="col">Criterion</th>');
    expect(html).toContain('<th scope="row">A</th>');
  });

  it('flags a criterion without a chart fact and never fills it in', () => {
    const fixture = fixtures.find((f) => f.file === 'employer-step-therapy-missing-fact.json')!;
    const { letter, text, html } = compose(fixture.c);
    const row = letter.criteriaTable.find((r) => r.criterion === 'Trial of a preferred TNF inhibitor')!;
    expect(row).toEqual({ criterion: 'Trial of a preferred TNF inhibitor', chartFact: null, exhibit: null });
    expect(letter.warnings).toContain('Criterion “Trial of a preferred TNF inhibitor” has no fact from the records yet — add one before sending');
    expect(letter.warnings.some((w) => w.startsWith('Criterion “Clinical response on current therapy” has a fact but no exhibit'))).toBe(true);
    expect(text).toMatch(/Criterion: Trial of a preferred TNF inhibitor\n\s+Fact in Morgan Demo’s records: —\n\s+Exhibit: —/);
    expect(html).toContain('<tr><th scope="row">Trial of a preferred TNF inhibitor</th><td class="missing">—</td><td class="missing">—</td></tr>');
  });
});

describe('the appeals address', () => {
  it('keeps each line of a multi-line address on its own line in the text, HTML and sender block', () => {
    const c = {
      ...fixtures.find((f) => f.file === 'employer-medical-necessity-urgent.json')!.c,
      insurerAddress: 'Acme Appeals Unit\r\n  P.O. Box 4310\n\nWoodland Hills, CA 91365-4310',
    };
    const letter = composeLetter(c, { today: TODAY });
    const sender = letter.sections.find((s) => s.id === 'sender')!.paragraphs;
    expect(sender).toEqual(expect.arrayContaining(['Acme Appeals Unit', 'P.O. Box 4310', 'Woodland Hills, CA 91365-4310']));
    expect(sender.some((p) => p.includes('\n'))).toBe(false);
    expect(renderHtml(letter, c)).toContain('Acme Appeals Unit<br>P.O. Box 4310<br>Woodland Hills, CA 91365-4310');
  });
});

describe('preview', () => {
  it('holds only the sender block, subject, opening and denial reason', () => {
    const c = fixtures.find((f) => f.file === 'employer-medical-necessity-urgent.json')!.c;
    const letter = composeLetter(c, { today: TODAY });
    expect(letter.sections.slice(0, letter.previewSectionCount).map((s) => s.id)).toEqual(['sender', 'subject', 'opening', 'denial-reason']);
    const preview = renderPreviewText(letter, c);
    expect(preview).toContain('Re: Request for expedited internal appeal');
    expect(preview).toContain(c.denialWords!);
    expect(preview).not.toContain('criterion by criterion');
    expect(preview).not.toContain('LEGAL BASIS');
    expect(preview).not.toContain(c.criteria[0]!.chartFact!);
  });
});

// Random cases built from the schema's fields, always valid.
const chars = (set: string, maxLength = 24) => fc.string({ unit: fc.constantFrom(...set), minLength: 1, maxLength }).map((s) => `w${s}`);
// No 7s or 9s, so random text can never spell a forbidden figure such as 147.137.
const word = chars('abcdefgh XYZ-.,()0123456');
const isoDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const caseArb = (text: fc.Arbitrary<string>) =>
  fc
    .record({
      insurer: text,
      insurerAddress: fc.option(text, { nil: undefined }),
      planType: fc.constantFrom(...PLAN_TYPES),
      drug: text,
      reason: fc.constantFrom(...REASONS),
      denialWords: fc.option(text, { nil: undefined }),
      denialDate: isoDate,
      serviceDate: fc.option(isoDate, { nil: undefined }),
      timing: fc.constantFrom(...SERVICE_TIMINGS),
      claimNumber: fc.option(text, { nil: undefined }),
      urgent: fc.boolean(),
      urgentWhy: text,
      patientName: text,
      memberId: text,
      representative: fc.option(fc.tuple(text, text), { nil: undefined }),
      prescriberName: text,
      prescriberSpecialty: text,
      diagnosis: text,
      criteria: fc.array(
        fc.record({
          criterion: text,
          chartFact: fc.option(text, { nil: undefined }),
          exhibit: fc.option(fc.constantFrom('Notes', 'notes', 'Lab report', 'Scan'), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      priorTreatments: fc.array(fc.record({ treatment: text, dates: fc.option(text, { nil: undefined }), outcome: fc.option(text, { nil: undefined }) }), {
        maxLength: 3,
      }),
      guidelineOrg: fc.option(text, { nil: undefined }),
      whyNoAuthorization: fc.option(text, { nil: undefined }),
      stepTherapyGrounds: fc.uniqueArray(fc.constantFrom(...STEP_THERAPY_GROUNDS), { minLength: 1 }),
      stepTherapyDetail: fc.option(text, { nil: undefined }),
      noticeDays: fc.integer({ min: 1, max: 120 }),
    })
    .map(({ representative, serviceDate, urgentWhy, urgent, ...rest }) => ({
      ...rest,
      urgent,
      urgentWhy: urgent ? urgentWhy : undefined,
      representativeName: representative?.[0],
      representativeRelationship: representative?.[1],
      serviceDate: rest.timing === 'pre-service' && serviceDate && serviceDate < rest.denialDate ? undefined : serviceDate,
    }));

describe('property: any valid case', () => {
  it('composes and renders without throwing, with consistent exhibits and no forbidden text', () => {
    fc.assert(
      fc.property(caseArb(word), (input) => {
        const parsed = appealCaseSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        const c = parsed.data!;
        const { letter, text, html } = compose(c);
        expectExhibitsAgree(letter);
        expect(letter.criteriaTable).toHaveLength(c.criteria.length);
        expect(letter.warnings.filter((w) => w.includes('has no fact from the records yet'))).toHaveLength(c.criteria.filter((r) => !r.chartFact).length);
        expect(/expedit/i.test(text)).toBe(isExpedited(c));
        for (const bad of FORBIDDEN) expect(text + html).not.toContain(bad);
        for (const pattern of lawForeignTo(c.planType)) expect(text).not.toMatch(pattern);
        for (const w of letter.warnings) expect(text).not.toContain(w);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: renderHtml escapes every patient-typed string', () => {
  const PAYLOADS = ['<script>alert(1)</script>', '"quoted"', 'Smith & Sons', '<img src=x onerror=alert(1)>', "O'Brien", '</td><td>'];
  // ⟦…⟧ cannot occur in the letter's own markup, so a raw match can only be unescaped patient text.
  const nasty = fc.tuple(fc.constantFrom(...PAYLOADS), chars('ab <>&"\'/=', 12)).map(([p, s]) => `⟦${p}${s}⟧`);

  it('never contains the raw string, and always contains the escaped one', () => {
    fc.assert(
      fc.property(caseArb(nasty), nasty, nasty, (input, exhibit, fact) => {
        const c = appealCaseSchema.parse({ ...input, criteria: [{ criterion: input.criteria[0]!.criterion, chartFact: fact, exhibit }] });
        const html = renderHtml(composeLetter(c, { today: TODAY }), c);
        const alwaysShown = [
          c.insurer,
          c.drug,
          c.patientName,
          c.memberId,
          c.prescriberName,
          c.prescriberSpecialty,
          c.diagnosis,
          c.criteria[0]!.criterion,
          fact,
          exhibit,
        ];
        const all = [
          ...alwaysShown,
          c.insurerAddress,
          c.denialWords,
          c.claimNumber,
          c.urgentWhy,
          c.representativeName,
          c.guidelineOrg,
          c.whyNoAuthorization,
          c.stepTherapyDetail,
        ];
        for (const raw of all) if (raw) expect(html).not.toContain(raw);
        for (const raw of alwaysShown) expect(html).toContain(escapeHtml(raw));
        expect(html).not.toMatch(/<script|<img/i);
      }),
      { numRuns: 200 },
    );
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
