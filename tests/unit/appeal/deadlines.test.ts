import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, daysBetween, isBusinessDay } from '@/lib/appeal/calendar';
import { computeDeadlines, externalReviewDeadline, type Deadline, type DeadlineInput, type ServiceTiming } from '@/lib/appeal/deadlines';
import { PLAN_TYPES, type PlanType } from '@/lib/appeal/plan-types';

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

const ERISA_EXPEDITED = '29 CFR 2560.503-1(i)(2)(i), (m)(1)';
const FEHB_BROCHURE = 'FEHB carrier brochure (not set by 5 CFR 890.105)';

type Row = {
  appeal: [date: string, citation: string];
  pre: [date: string, citation: string];
  post: [date: string, citation: string];
  urgent: string; // citation of the 72-hour decision clock
  expedited: string;
  external: string;
};

// Hand-computed: +180 d = 2026-09-06 (a Sunday: no roll-forward), +65 d = 05-14, +60 d = 05-09, +6 months = 09-10;
// decision dates from TODAY: +7 d = 03-27, +14 d = 04-03, +30 d = 04-19, +60 d = 05-19.
const TABLE: Record<PlanType, Row> = {
  employer: {
    appeal: ['2026-09-06', '29 CFR 2560.503-1(h)(3)(i)'],
    pre: ['2026-04-19', '29 CFR 2560.503-1(i)(2)'],
    post: ['2026-05-19', '29 CFR 2560.503-1(i)(2)'],
    urgent: '29 CFR 2560.503-1(i)(2)',
    expedited: ERISA_EXPEDITED,
    external: '45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719',
  },
  individual: {
    appeal: ['2026-09-06', '45 CFR 147.136(b)(3)'],
    pre: ['2026-04-19', '29 CFR 2560.503-1(i)(2); 45 CFR 147.136(b)(3)'],
    post: ['2026-05-19', '29 CFR 2560.503-1(i)(2); 45 CFR 147.136(b)(3)'],
    urgent: '29 CFR 2560.503-1(i)(2); 45 CFR 147.136(b)(3)',
    expedited: `${ERISA_EXPEDITED}; 45 CFR 147.136(b)(3)`,
    external: '45 CFR 147.136(d)(2)(i)',
  },
  grandfathered: {
    appeal: ['2026-09-06', '29 CFR 2560.503-1(h)(3)(i)'],
    pre: ['2026-04-19', '29 CFR 2560.503-1(i)(2)'],
    post: ['2026-05-19', '29 CFR 2560.503-1(i)(2)'],
    urgent: '29 CFR 2560.503-1(i)(2)',
    expedited: ERISA_EXPEDITED,
    external: '45 CFR 147.136(a)(1)(ii)',
  },
  'medicare-advantage': {
    appeal: ['2026-05-14', '42 CFR 422.582(b)'],
    pre: ['2026-04-19', '42 CFR 422.590'],
    post: ['2026-05-19', '42 CFR 422.590'],
    urgent: '42 CFR 422.590',
    expedited: '42 CFR 422.590(e)',
    external: '42 CFR 422.592',
  },
  'medicare-part-d': {
    appeal: ['2026-05-14', '42 CFR 423.582(b)'],
    pre: ['2026-03-27', '42 CFR 423.590'],
    post: ['2026-04-03', '42 CFR 423.590'],
    urgent: '42 CFR 423.590',
    expedited: '42 CFR 423.590',
    external: '42 CFR 423.600',
  },
  medicaid: {
    appeal: ['2026-05-09', '42 CFR 438.402(c)(2)(ii)'],
    pre: ['2026-04-19', '42 CFR 438.408(b)(2)'],
    post: ['2026-04-19', '42 CFR 438.408(b)(2)'],
    urgent: '42 CFR 438.408(b)(3)',
    expedited: '42 CFR 438.408(b)(3)',
    external: '42 CFR 438.408(f)(2)',
  },
  fehb: {
    appeal: ['2026-09-10', '5 CFR 890.105(b)(1)'],
    pre: ['2026-04-19', '5 CFR 890.105(b)(2)'],
    post: ['2026-04-19', '5 CFR 890.105(b)(2)'],
    urgent: FEHB_BROCHURE,
    expedited: FEHB_BROCHURE,
    external: '5 CFR 890.105(e)',
  },
};

// [S]/[U] figures in APPEAL-RULES.md (and grandfathered, whose rules depend on a plan kind we cannot see).
const CHECK_NOTICE: Record<PlanType, { appeal: boolean; decision: boolean; urgentDecision: boolean; external: boolean }> = {
  employer: { appeal: false, decision: false, urgentDecision: false, external: false },
  individual: { appeal: false, decision: false, urgentDecision: false, external: false },
  grandfathered: { appeal: true, decision: false, urgentDecision: false, external: true },
  'medicare-advantage': { appeal: true, decision: false, urgentDecision: false, external: false },
  'medicare-part-d': { appeal: false, decision: false, urgentDecision: false, external: true },
  medicaid: { appeal: true, decision: true, urgentDecision: true, external: true },
  fehb: { appeal: false, decision: false, urgentDecision: true, external: false },
};

const ERISA_PLANS: PlanType[] = ['employer', 'individual', 'grandfathered'];

// Every answer must be the same whatever the server's time zone (incl. DST changes and the date line).
describe.each(['UTC', 'America/New_York', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('in time zone %s', (tz) => {
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

  describe.each(PLAN_TYPES)('%s', (plan) => {
    const row = TABLE[plan];
    const cn = CHECK_NOTICE[plan];

    it.each([
      ['pre-service', row.pre],
      ['post-service', row.post],
    ] as const)('%s: appeal due, decision date, external review', (timing, [decisionDate, decisionCitation]) => {
      const { deadlines, late, daysLeft } = run({ planType: plan, timing });
      expect(deadlines.map((d) => d.id)).toEqual(['appeal-due', 'decision-expected', 'external-review']);
      expect(find(deadlines, 'appeal-due')).toMatchObject({ date: row.appeal[0], citation: row.appeal[1] });
      expect(!!find(deadlines, 'appeal-due').checkNotice).toBe(cn.appeal);
      const decision = find(deadlines, 'decision-expected');
      expect(decision).toMatchObject({ date: decisionDate, citation: decisionCitation });
      expect(decision.hours).toBeUndefined();
      expect(decision.note).toMatch(/receives your appeal/);
      expect(!!decision.checkNotice).toBe(cn.decision);
      const external = find(deadlines, 'external-review');
      expect(external).toMatchObject({ date: null, citation: row.external });
      expect(external.note).toBeTruthy();
      expect(!!external.checkNotice).toBe(cn.external);
      expect(late).toBe(false);
      expect(daysLeft).toBe(daysBetween(TODAY, row.appeal[0]));
    });

    it('urgent: 72-hour decision and an expedited-decision entry', () => {
      const { deadlines } = run({ planType: plan, urgent: true });
      expect(deadlines.map((d) => d.id)).toEqual(['appeal-due', 'expedited-decision', 'decision-expected', 'external-review']);
      expect(find(deadlines, 'appeal-due').date).toBe(row.appeal[0]);
      const decision = find(deadlines, 'decision-expected');
      expect(decision).toMatchObject({ date: null, hours: 72, citation: row.urgent });
      expect(!!decision.checkNotice).toBe(cn.urgentDecision);
      const expedited = find(deadlines, 'expedited-decision');
      expect(expedited).toMatchObject({ date: null, hours: 72, citation: row.expedited });
      const concurrent = plan === 'employer' || plan === 'individual';
      expect(expedited.note?.includes('external review at the same time') ?? false).toBe(concurrent);
    });

    it('ongoing treatment is decided like pre-service (and urgent if marked)', () => {
      const ongoing = run({ planType: plan, timing: 'ongoing' }).deadlines;
      expect(find(ongoing, 'decision-expected')).toEqual(find(run({ planType: plan }).deadlines, 'decision-expected'));
      const urgent = run({ planType: plan, timing: 'ongoing', urgent: true }).deadlines;
      expect(find(urgent, 'decision-expected').hours).toBe(72);
      expect(find(urgent, 'expedited-decision').hours).toBe(72);
    });

    it('never cites ERISA for non-ERISA plans, and never the wrong section 147.137', () => {
      const citations = [true, false].flatMap((urgent) => run({ planType: plan, urgent }).deadlines.map((d) => d.citation));
      for (const c of citations) expect(c).not.toContain('147.137');
      if (!ERISA_PLANS.includes(plan)) for (const c of citations) expect(c).not.toContain('2560.503-1');
    });
  });
});

describe('appeal-due arithmetic', () => {
  it('Medicare Advantage and Part D are 65 days from the notice, not 70', () => {
    for (const planType of ['medicare-advantage', 'medicare-part-d'] as const) {
      const due = find(run({ planType }).deadlines, 'appeal-due').date;
      expect(due).toBe(addDays(DENIAL, 65));
      expect(due).not.toBe(addDays(DENIAL, 70));
    }
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
    ['medicare-advantage', '2028-05-04'],
    ['medicare-part-d', '2028-05-04'],
    ['medicaid', '2028-04-29'],
    ['fehb', '2028-08-29'],
  ] as const)('leap-day denial (2028-02-29), %s: due %s', (planType, due) => {
    expect(find(run({ planType, denialDate: '2028-02-29', today: '2028-03-01' }).deadlines, 'appeal-due').date).toBe(due);
  });

  it('counts across a year end', () => {
    expect(find(run({ denialDate: '2026-12-15', today: '2026-12-15' }).deadlines, 'appeal-due').date).toBe('2027-06-13');
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
    for (const planType of PLAN_TYPES) expect(find(run({ planType }).deadlines, 'external-review').date).toBeNull();
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

  it('exactly 14 days left needs no warning', () => {
    expect(run({ planType: 'medicare-advantage', today: '2026-04-30' })).toMatchObject({ daysLeft: 14, warnings: [] });
  });

  it('a denial date in the future is probably a typo', () => {
    const r = run({ denialDate: '2026-04-01' });
    expect(r.warnings).toEqual([expect.stringMatching(/April 1, 2026, is after today.*typo/)]);
    expect(r.late).toBe(false);
  });

  it('grandfathered plans have no federal external review', () => {
    expect(run({ planType: 'grandfathered' }).warnings).toEqual([expect.stringMatching(/no federal right to external review.*No Surprises Act/)]);
  });

  it('urgent is ignored (with an explanation) for a claim for payment', () => {
    const r = run({ planType: 'medicare-advantage', timing: 'post-service', urgent: true });
    expect(r.deadlines.map((d) => d.id)).not.toContain('expedited-decision');
    expect(find(r.deadlines, 'decision-expected')).toMatchObject({ date: '2026-05-19' });
    expect(r.warnings).toEqual([expect.stringMatching(/standard timeline/)]);
  });

  it('the clean case has no warnings', () => {
    for (const planType of PLAN_TYPES.filter((p) => p !== 'grandfathered')) expect(run({ planType }).warnings).toEqual([]);
  });
});

describe('Medicaid ongoing treatment', () => {
  it('adds the 10-day date to keep benefits during the appeal', () => {
    const d = find(run({ planType: 'medicaid', timing: 'ongoing' }).deadlines, 'keep-benefits');
    expect(d).toMatchObject({ date: '2026-03-20', citation: '42 CFR 438.420', checkNotice: true });
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

  it('accepts a real leap day', () => {
    expect(() => run({ denialDate: '2028-02-29', today: '2028-02-29' })).not.toThrow();
  });
});

describe('properties', () => {
  const isoDate = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const timing = fc.constantFrom<ServiceTiming>('pre-service', 'post-service', 'ongoing');

  it('never throws on valid input, and appeal-due is after the denial date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAN_TYPES), isoDate, isoDate, timing, fc.boolean(), (planType, denialDate, today, t, urgent) => {
        const r = computeDeadlines({ planType, denialDate, today, timing: t, urgent });
        const due = find(r.deadlines, 'appeal-due').date;
        expect(due).not.toBeNull();
        expect(due! > denialDate).toBe(true);
        expect(r.daysLeft).toBe(daysBetween(today, due!));
        expect(r.late).toBe(r.daysLeft < 0);
        for (const d of r.deadlines) {
          expect(d.citation).not.toBe('');
          if (d.hours !== undefined) expect(d.date).toBeNull();
          if (d.date !== null) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('external review lands on a business day within 4 months and a few days', () => {
    fc.assert(
      fc.property(isoDate, (finalDenial) => {
        const due = externalReviewDeadline(finalDenial);
        const raw = addCalendarMonths(finalDenial, 4);
        expect(isBusinessDay(due)).toBe(true);
        const slip = daysBetween(raw, due);
        expect(slip).toBeGreaterThanOrEqual(0);
        expect(slip).toBeLessThanOrEqual(4);
      }),
      { numRuns: 500 },
    );
  });
});
