import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths, daysBetween, isBusinessDay } from '@/lib/appeal/calendar';
import { computeDeadlines, externalReviewDeadline, type Deadline, type DeadlineInput } from '@/lib/appeal/deadlines';
import { PLAN_TYPES, SERVICE_TIMINGS, type PlanType, type ServiceTiming } from '@/lib/appeal/plans';
import * as C from '@/lib/appeal/plans/citations';
import { ruleEntry } from '@/lib/appeal/plans/entries';
import { lawForeignTo } from './law';

// Denial letter dated Tue 2026-03-10; the patient uses the tool on Fri 2026-03-20.
const DENIAL = '2026-03-10';
const TODAY = '2026-03-20';

function run(overrides: Partial<DeadlineInput> = {}) {
  return computeDeadlines({ planType: 'employer', denialDate: DENIAL, urgent: false, timing: 'pre-service', today: TODAY, ...overrides });
}
function find(deadlines: Deadline[], id: string): Deadline {
  const d = deadlines.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id} deadline`);
  return d;
}

type Row = {
  /** The notice days to enter where the state sets the window. */
  noticeDays?: number;
  appeal: [date: string, citation: string, checkNotice: boolean];
  pre: [date: string | null, citation: string];
  post: [date: string | null, citation: string];
  /** The expedited clock in words, or null when the plan type has no expedited appeal. */
  urgent: [within: string, citation: string] | null;
  next: [ruleKey: string, citation: string] | null;
};

// Hand-computed from 2026-03-10: +180 d = 09-06 (a Sunday: no roll-forward), +65 d = 05-14, +125 d = 07-13, +60 d = 05-09,
// +90 d = 06-08, +30 d = 04-09, +45 d = 04-24, +6 months = 09-10. Decision dates from TODAY: +7 d = 03-27, +14 d = 04-03,
// +30 d = 04-19, +60 d = 05-19, +90 d = 06-18.
const ERISA_STYLE = (appeal: string, decision: string, urgent: string, next: string, checkNotice = false): Row => ({
  appeal: ['2026-09-06', appeal, checkNotice],
  pre: ['2026-04-19', decision],
  post: ['2026-05-19', decision],
  urgent: ['72 hours', urgent],
  next: ['external-review-window', next],
});
const TABLE: Record<PlanType, Row> = {
  employer: ERISA_STYLE(C.ERISA_APPEAL_WINDOW, C.ERISA_APPEAL_DECISION, C.ERISA_URGENT_DECISION, `${C.HHS_EXTERNAL_REVIEW_WINDOW}; ${C.DOL_ACA_APPEALS}`),
  'government-employer': ERISA_STYLE(C.HHS_GROUP_PLANS, C.HHS_GROUP_PLANS, C.HHS_GROUP_PLANS, C.HHS_EXTERNAL_REVIEW_WINDOW),
  church: ERISA_STYLE(C.TREASURY_GROUP_PLANS, C.TREASURY_GROUP_PLANS, C.TREASURY_GROUP_PLANS, C.TREASURY_EXTERNAL_REVIEW, true),
  individual: ERISA_STYLE(
    C.HHS_INDIVIDUAL,
    `${C.ERISA_APPEAL_DECISION}; ${C.HHS_INDIVIDUAL}`,
    `${C.ERISA_URGENT_DECISION}; ${C.HHS_INDIVIDUAL}`,
    C.HHS_EXTERNAL_REVIEW_WINDOW,
  ),
  grandfathered: { ...ERISA_STYLE(C.ERISA_APPEAL_WINDOW, C.ERISA_APPEAL_DECISION, C.ERISA_URGENT_DECISION, C.HHS_GRANDFATHERED_EXCEPTION, true) },
  fehb: {
    appeal: ['2026-09-10', C.FEHB_RECONSIDERATION, false],
    pre: ['2026-04-19', C.FEHB_CARRIER_DECISION],
    post: ['2026-04-19', C.FEHB_CARRIER_DECISION],
    urgent: ['72 hours', C.FEHB_BROCHURE],
    next: ['opm-review-window', C.FEHB_OPM_REVIEW],
  },
  'medicare-advantage': {
    appeal: ['2026-05-14', C.MA_RECONSIDERATION_WINDOW, true],
    pre: ['2026-04-19', C.MA_DECISION_PRE_SERVICE],
    post: ['2026-05-19', C.MA_DECISION_PAYMENT],
    urgent: [
      '72 hours; the plan may take up to 14 days more if you ask for it, or the plan needs more information and the delay is in your interest',
      C.MA_DECISION_EXPEDITED,
    ],
    next: ['ire-window', C.MA_IRE],
  },
  'medicare-part-d': {
    appeal: ['2026-05-14', C.PART_D_REDETERMINATION_WINDOW, false],
    pre: ['2026-03-27', C.PART_D_DECISION_STANDARD],
    post: ['2026-04-03', C.PART_D_DECISION_PAYMENT],
    urgent: ['72 hours', C.PART_D_DECISION_EXPEDITED],
    next: ['ire-window', C.PART_D_IRE_WINDOW],
  },
  'original-medicare': {
    appeal: ['2026-07-13', C.OM_REDETERMINATION_WINDOW, false],
    pre: ['2026-05-19', C.OM_REDETERMINATION_DECISION],
    post: ['2026-05-19', C.OM_REDETERMINATION_DECISION],
    urgent: null,
    next: ['qic-window', C.OM_RECONSIDERATION_WINDOW],
  },
  medicaid: {
    appeal: ['2026-05-09', C.MEDICAID_APPEAL_WINDOW, true],
    pre: ['2026-04-19', C.MEDICAID_DECISION_STANDARD],
    post: ['2026-04-19', C.MEDICAID_DECISION_STANDARD],
    urgent: [
      '72 hours; the plan may take up to 14 days more if you ask for it, or the plan shows it needs more information and the delay is in your interest',
      C.MEDICAID_DECISION_EXPEDITED,
    ],
    next: ['state-fair-hearing-window', C.MEDICAID_FAIR_HEARING_WINDOW],
  },
  'medicaid-fee-for-service': {
    noticeDays: 30,
    appeal: ['2026-04-09', C.FAIR_HEARING_WINDOW, true],
    pre: ['2026-06-18', C.FAIR_HEARING_DECISION],
    post: ['2026-06-18', C.FAIR_HEARING_DECISION],
    urgent: ['3 working days', C.FAIR_HEARING_EXPEDITED_DECISION],
    next: ['court-window', C.FAIR_HEARING_STATUTE],
  },
  chip: {
    noticeDays: 45,
    appeal: ['2026-04-24', C.CHIP_REVIEW, true],
    pre: [null, C.CHIP_NOTICE],
    post: [null, C.CHIP_NOTICE],
    urgent: ['the time your notice gives', C.CHIP_NOTICE],
    next: null,
  },
  tricare: {
    appeal: ['2026-06-08', C.TRICARE_RECONSIDERATION_WINDOW, false],
    pre: ['2026-05-19', C.TRICARE_RECONSIDERATION_DECISION],
    post: ['2026-05-19', C.TRICARE_RECONSIDERATION_DECISION],
    urgent: null,
    next: ['formal-review-window', C.TRICARE_FORMAL_REVIEW_WINDOW],
  },
};

// Every answer must be the same whatever the server's time zone (incl. DST changes and the date line).
describe.each(['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('in time zone %s', (tz) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = tz;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('really runs in that zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(tz === 'UTC' ? /^(Etc\/)?UTC$/ : tz);
  });

  describe.each([...PLAN_TYPES])('%s', (plan) => {
    const row = TABLE[plan];
    const base = { planType: plan, noticeDays: row.noticeDays };

    it.each([
      ['pre-service', row.pre],
      ['post-service', row.post],
    ] as const)(
      '%s: appeal due, decision date and next level, each with its citation and its /how-we-count row',
      (timing, [decisionDate, decisionCitation]) => {
        const { deadlines, late, daysLeft } = run({ ...base, timing });
        expect(deadlines.map((d) => d.id)).toEqual(row.next ? ['appeal-due', 'decision-expected', 'next-level'] : ['appeal-due', 'decision-expected']);
        const appeal = find(deadlines, 'appeal-due');
        expect(appeal).toMatchObject({ date: row.appeal[0], citation: row.appeal[1], ruleKey: `${plan}.appeal-window` });
        expect(!!appeal.checkNotice).toBe(row.appeal[2]);
        const decision = find(deadlines, 'decision-expected');
        expect(decision).toMatchObject({ date: decisionDate, citation: decisionCitation });
        expect(ruleEntry(decision.ruleKey)).toBeDefined();
        if (row.next) {
          const next = find(deadlines, 'next-level');
          expect(next).toMatchObject({ date: null, citation: row.next[1], ruleKey: `${plan}.${row.next[0]}` });
          expect(ruleEntry(next.ruleKey)).toBeDefined();
        }
        for (const d of deadlines) expect(ruleEntry(d.ruleKey), d.ruleKey).toBeDefined();
        expect(late).toBe(false);
        expect(daysLeft).toBe(daysBetween(TODAY, row.appeal[0]));
      },
    );

    it('urgent care not yet given: the expedited clock, or an honest warning where there is none', () => {
      const r = run({ ...base, urgent: true });
      const decision = find(r.deadlines, 'decision-expected');
      if (row.urgent) {
        expect(decision).toMatchObject({ date: null, within: row.urgent[0], citation: row.urgent[1], ruleKey: `${plan}.decision-urgent` });
      } else {
        expect(decision.within).toBeUndefined();
        if (plan !== 'chip') expect(r.warnings.join(' ')).toMatch(/expedited|fast/i);
      }
    });

    it('ongoing treatment is decided like care not yet given', () => {
      expect(find(run({ ...base, timing: 'ongoing' }).deadlines, 'decision-expected')).toEqual(find(run(base).deadlines, 'decision-expected'));
    });

    it('cites only the law that applies to the plan type, and never the wrong section 147.137', () => {
      const citations = [true, false]
        .flatMap((urgent) => SERVICE_TIMINGS.flatMap((timing) => run({ ...base, urgent, timing }).deadlines.map((d) => d.citation)))
        .join(' | ');
      expect(citations).not.toContain('147.137');
      for (const pattern of lawForeignTo(plan)) expect(citations).not.toMatch(pattern);
    });
  });
});

describe('expedited external review at the same time', () => {
  it.each([
    ['employer', true],
    ['government-employer', true],
    ['church', true],
    ['individual', true],
    ['grandfathered', false],
    ['fehb', false],
    ['medicare-advantage', false],
    ['medicare-part-d', false],
    ['medicaid', false],
  ] as const)('%s: offered %s', (planType, offered) => {
    const note = find(run({ planType, urgent: true }).deadlines, 'decision-expected').note ?? '';
    expect(note.includes('expedited external review at the same time')).toBe(offered);
  });
});

describe('appeal-due arithmetic', () => {
  it('Medicare Advantage and Part D are 65 days from the notice, not 70; Original Medicare 125', () => {
    expect(find(run({ planType: 'medicare-advantage' }).deadlines, 'appeal-due').date).toBe('2026-05-14');
    expect(find(run({ planType: 'medicare-part-d' }).deadlines, 'appeal-due').note).toMatch(
      /60 days after you receive.*5 days after its date, so 65 days from the date on the denial notice/,
    );
    expect(find(run({ planType: 'original-medicare' }).deadlines, 'appeal-due').note).toMatch(/120 days after you receive.*so 125 days/);
  });

  it('does not roll calendar-day deadlines forward off a weekend', () => {
    expect(find(run().deadlines, 'appeal-due').date).toBe('2026-09-06'); // a Sunday
    expect(find(run({ planType: 'medicaid' }).deadlines, 'appeal-due').date).toBe('2026-05-09'); // a Saturday
  });

  it.each([
    ['2026-01-31', '2026-07-31'],
    ['2026-08-31', '2027-03-01'], // Feb 31 does not exist: 1st of the next month
    ['2026-08-29', '2027-03-01'], // Feb 29 2027 does not exist
    ['2027-08-29', '2028-02-29'], // but Feb 29 2028 does
    ['2026-03-31', '2026-10-01'],
    ['2026-12-31', '2027-07-01'],
    ['2028-02-29', '2028-08-29'],
    ['2026-07-04', '2027-01-04'], // no holiday roll-forward for FEHB
  ])('FEHB: 6 calendar months from %s is %s', (denialDate, due) => {
    expect(find(run({ planType: 'fehb', denialDate, today: denialDate }).deadlines, 'appeal-due').date).toBe(due);
  });

  it.each([
    ['employer', '2028-08-27'],
    ['government-employer', '2028-08-27'],
    ['medicare-advantage', '2028-05-04'],
    ['medicare-part-d', '2028-05-04'],
    ['original-medicare', '2028-07-03'],
    ['medicaid', '2028-04-29'],
    ['fehb', '2028-08-29'],
    ['tricare', '2028-05-29'],
  ] as const)('leap-day denial (2028-02-29), %s: due %s', (planType, due) => {
    expect(find(run({ planType, denialDate: '2028-02-29', today: '2028-03-01' }).deadlines, 'appeal-due').date).toBe(due);
  });

  it('counts across a year end', () => {
    expect(find(run({ denialDate: '2026-12-15', today: '2026-12-15' }).deadlines, 'appeal-due').date).toBe('2027-06-13');
    expect(find(run({ planType: 'medicare-part-d', denialDate: '2026-12-31', today: '2026-12-31' }).deadlines, 'appeal-due').date).toBe('2027-03-06');
    expect(find(run({ planType: 'original-medicare', denialDate: '2027-12-31', today: '2027-12-31' }).deadlines, 'appeal-due').date).toBe('2028-05-04');
  });

  it('TRICARE counts from the date of the notice and the postmark counts', () => {
    const due = find(run({ planType: 'tricare' }).deadlines, 'appeal-due');
    expect(due.date).toBe('2026-06-08');
    expect(due.note).toMatch(/from the date on the denial notice; it counts as filed on the day it is postmarked/);
  });
});

describe('windows the state sets', () => {
  it.each(['medicaid-fee-for-service', 'chip'] as const)(
    '%s: no date without the notice’s number of days, never the federal maximum as the deadline',
    (planType) => {
      const due = find(run({ planType }).deadlines, 'appeal-due');
      expect(due.date).toBeNull();
      expect(due.checkNotice).toBe(true);
      expect(due.note).toMatch(/Enter the number of days your notice gives you/);
      expect(run({ planType }).daysLeft).toBeNull();
    },
  );

  it('Medicaid without a plan: the deadline comes from the notice, the federal 90 days only as a maximum', () => {
    const due = find(run({ planType: 'medicaid-fee-for-service', noticeDays: 30 }).deadlines, 'appeal-due');
    expect(due.date).toBe('2026-04-09');
    expect(due.note).toMatch(/at most 90 days from the date the denial notice was mailed; your state may allow less/);
    expect(run({ planType: 'medicaid-fee-for-service', noticeDays: 120 }).warnings.join(' ')).toMatch(/more than the federal maximum of 90 days/);
  });

  it('a Medicaid plan’s fair-hearing window is shown as bounds, never as one number', () => {
    const next = find(run({ planType: 'medicaid' }).deadlines, 'next-level');
    expect(next.note).toMatch(/the deadline your state sets.*at least 90 days and allow up to 120 days/);
    expect(next.checkNotice).toBe(true);
  });
});

describe('externalReviewDeadline (45 CFR 147.136(d)(2)(i))', () => {
  it.each([
    ['2026-01-15', '2026-05-15', 'same date 4 months later (a Friday)'],
    ['2027-10-29', '2028-02-29', 'Feb 29 exists in a leap year (a Tuesday)'],
    ['2026-10-29', '2027-03-01', 'no Feb 29 in 2027: 1st of the 5th month (a Monday)'],
    ['2026-10-30', '2027-03-01', 'Oct 30 → Mar 1'],
    ['2026-10-31', '2027-03-01', 'Oct 31 → Mar 1'],
    ['2027-10-31', '2028-03-01', 'Oct 31 → Mar 1 even in a leap year'],
    ['2026-05-05', '2026-09-08', 'Saturday, then Sunday, then Labor Day → Tuesday'],
    ['2026-06-11', '2026-10-13', 'Sunday Oct 11, then Columbus Day → Tuesday'],
    ['2026-07-26', '2026-11-27', 'Thanksgiving → Friday'],
    ['2028-03-04', '2028-07-05', 'July 4 on a Tuesday → Wednesday'],
    ['2026-03-04', '2026-07-06', 'July 4 on a Saturday → Monday'],
    ['2026-03-03', '2026-07-06', 'Friday July 3, the observed Independence Day → Monday'],
    ['2027-08-31', '2028-01-03', 'Friday Dec 31, 2027 is the observed New Year’s Day 2028 → Monday'],
    ['2026-08-25', '2026-12-28', 'Christmas on a Friday → Monday'],
  ])('%s → %s (%s)', (finalDenial, expected) => {
    expect(externalReviewDeadline(finalDenial)).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => externalReviewDeadline('2026-02-29')).toThrow(/Invalid final denial date "2026-02-29"/);
  });

  it('is not reported as a date before the internal appeal is decided', () => {
    for (const planType of PLAN_TYPES)
      for (const d of run({ planType, noticeDays: 30 }).deadlines.filter((x) => x.id === 'next-level')) expect(d.date).toBeNull();
  });
});

describe('warnings', () => {
  it('a past deadline: late, negative days left, plain advice, no throw', () => {
    const r = run({ denialDate: '2025-01-02', today: TODAY });
    expect(find(r.deadlines, 'appeal-due').date).toBe('2025-07-01');
    expect(r.late).toBe(true);
    expect(r.daysLeft).toBe(-262);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/looks late.*July 1, 2025.*good cause.*file it anyway.*call your plan/);
  });

  it('fewer than 14 days left: file now', () => {
    const r = run({ planType: 'medicare-advantage', today: '2026-05-04' });
    expect(r).toMatchObject({ late: false, daysLeft: 10 });
    expect(r.warnings).toEqual([expect.stringMatching(/due in 10 days \(May 14, 2026\).*as soon as you can/)]);
    expect(run({ planType: 'medicare-advantage', today: '2026-05-13' }).warnings[0]).toMatch(/due in 1 day /);
  });

  it('the due date itself is not late', () => {
    const r = run({ planType: 'medicare-advantage', today: '2026-05-14' });
    expect(r).toMatchObject({ late: false, daysLeft: 0 });
    expect(r.warnings).toEqual([expect.stringMatching(/due today/)]);
    expect(run({ planType: 'medicare-advantage', today: '2026-05-15' })).toMatchObject({ late: true, daysLeft: -1 });
  });

  it('a denial date in the future is probably a typo', () => {
    expect(run({ denialDate: '2026-04-01' }).warnings).toEqual([expect.stringMatching(/April 1, 2026, is after today.*typo/)]);
  });

  it('grandfathered plans have external review only for surprise-billing disputes', () => {
    expect(run({ planType: 'grandfathered' }).warnings).toEqual([expect.stringMatching(/only for surprise-billing disputes under the No Surprises Act/)]);
  });

  it('urgent is ignored (with an explanation) for a claim for payment', () => {
    const r = run({ planType: 'medicare-advantage', timing: 'post-service', urgent: true });
    expect(find(r.deadlines, 'decision-expected')).toMatchObject({ date: '2026-05-19' });
    expect(r.warnings).toEqual([expect.stringMatching(/standard timeline/)]);
  });

  it('Original Medicare and TRICARE benefit denials have no expedited appeal, and say where to go', () => {
    expect(run({ planType: 'original-medicare', urgent: true }).warnings).toEqual([
      expect.stringMatching(/no fast redetermination.*Quality Improvement Organization/),
    ]);
    expect(run({ planType: 'tricare', reason: 'out-of-network', urgent: true }).warnings).toEqual([
      expect.stringMatching(/only for denials of prior authorization or of an inpatient stay/),
    ]);
  });

  it('the clean case has no warnings', () => {
    for (const planType of PLAN_TYPES.filter((p) => p !== 'grandfathered')) expect(run({ planType, noticeDays: 30 }).warnings).toEqual([]);
  });
});

describe('tracks and clocks by reason', () => {
  it('TRICARE medical-necessity denials follow 32 CFR 199.15 with a second reconsideration', () => {
    const r = run({ planType: 'tricare', reason: 'medical-necessity', urgent: true });
    expect(find(r.deadlines, 'appeal-due')).toMatchObject({
      date: '2026-06-08',
      citation: C.TRICARE_MEDICAL_NECESSITY,
      ruleKey: 'tricare.medical-necessity.appeal-window',
    });
    expect(find(r.deadlines, 'decision-expected')).toMatchObject({ within: '3 working days', ruleKey: 'tricare.medical-necessity.decision-urgent' });
    expect(find(r.deadlines, 'next-level')).toMatchObject({
      citation: C.TRICARE_SECOND_RECONSIDERATION,
      ruleKey: 'tricare.medical-necessity.second-reconsideration-window',
    });
  });

  it('Medicare Advantage: the 14-day extension and the Part B drug clock are stated', () => {
    const note = find(run({ planType: 'medicare-advantage' }).deadlines, 'decision-expected').note;
    expect(note).toMatch(/up to 14 days more/);
    expect(note).toMatch(/Part B drug is decided within 7 days/);
  });

  it('Medicaid ongoing treatment: the 10-day date to keep benefits', () => {
    const d = find(run({ planType: 'medicaid', timing: 'ongoing' }).deadlines, 'keep-benefits');
    expect(d).toMatchObject({ date: '2026-03-20', citation: C.MEDICAID_CONTINUED_BENEFITS, checkNotice: true, ruleKey: 'medicaid.keep-benefits' });
    expect(run({ planType: 'medicaid' }).deadlines.map((x) => x.id)).not.toContain('keep-benefits');
  });
});

describe('invalid input', () => {
  it.each(['2025-02-30', '2026-02-29', '2025-13-01', '2025-00-10', '2025-2-3', '20250203', '', '2025-02-03T00:00:00Z', ' 2025-02-03'])(
    'throws a clear error for denial date %j',
    (denialDate) => {
      expect(() => run({ denialDate })).toThrow(`Invalid denial date "${denialDate}"`);
    },
  );

  it('throws for an invalid today, plan type or timing', () => {
    expect(() => run({ today: '2026-04-31' })).toThrow(/Invalid today "2026-04-31"/);
    expect(() => run({ planType: 'medicare' as PlanType })).toThrow(/Unknown plan type "medicare"/);
    expect(() => run({ timing: 'later' as ServiceTiming })).toThrow(/Unknown service timing/);
  });
});

describe('properties', () => {
  const isoDate = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const timing = fc.constantFrom<ServiceTiming>(...SERVICE_TIMINGS);

  it('never throws on valid input; appeal-due is after the denial date; every deadline has a citation and a row', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_TYPES),
        isoDate,
        isoDate,
        timing,
        fc.boolean(),
        fc.integer({ min: 1, max: 120 }),
        (planType, denialDate, today, t, urgent, noticeDays) => {
          const r = computeDeadlines({ planType, denialDate, today, timing: t, urgent, noticeDays });
          const due = find(r.deadlines, 'appeal-due').date;
          expect(due).not.toBeNull();
          expect(due! > denialDate).toBe(true);
          expect(r.daysLeft).toBe(daysBetween(today, due!));
          for (const d of r.deadlines) {
            expect(d.citation).not.toBe('');
            expect(ruleEntry(d.ruleKey)).toBeDefined();
            if (d.within !== undefined) expect(d.date).toBeNull();
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('external review lands on a business day within 4 months and a few days', () => {
    fc.assert(
      fc.property(isoDate, (finalDenial) => {
        const due = externalReviewDeadline(finalDenial);
        const slip = daysBetween(addCalendarMonths(finalDenial, 4), due);
        expect(isBusinessDay(due)).toBe(true);
        expect(slip).toBeGreaterThanOrEqual(0);
        expect(slip).toBeLessThanOrEqual(4);
      }),
      { numRuns: 500 },
    );
  });
});
