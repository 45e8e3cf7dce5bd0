import { describe, expect, it } from 'vitest';
import { appealCaseSchema, type AppealCase, type AppealCaseInput } from '@/lib/appeal/case-schema';
import { caseDeadlines } from '@/lib/appeal/documents/shared';
import type { Journey, Stage } from '@/lib/appeal/journey';
import { journeyDeadlines, journeyStatus } from '@/lib/appeal/journey-status';
import { applyJourneyUpdate } from '@/lib/appeal/journey-update';
import { PLAN_TYPES, type PlanType } from '@/lib/appeal/plans';
import type { ReasonSlug } from '@/lib/content/reasons';

function makeCase(planType: PlanType, overrides: Partial<AppealCaseInput> = {}): AppealCase {
  return appealCaseSchema.parse({
    insurer: 'Acme Health Plan',
    planType,
    noticeDays: planType === 'medicaid-fee-for-service' || planType === 'chip' ? 30 : undefined,
    drug: 'Examplumab',
    reason: 'out-of-network',
    denialDate: '2028-01-05',
    timing: 'pre-service',
    patientName: 'Jordan Sample',
    memberId: 'M-1',
    prescriberName: 'Dr. Avery Example',
    prescriberSpecialty: 'Rheumatology',
    diagnosis: 'rheumatoid arthritis',
    criteria: [{ criterion: 'Confirmed diagnosis', chartFact: 'Positive anti-CCP', exhibit: 'Lab report' }],
    ...overrides,
  });
}

const journey = (...stages: Stage[]): Journey => ({ stages });
const RECEIVED = '2028-02-10'; // a Thursday in a leap year; Presidents Day is Monday 2028-02-21
const TODAY = '2028-02-11';

// Hand-computed from 2028-02-10: +3 = 02-13, +7 = 02-17, +14 = 02-24, +30 = 03-11, +60 = 04-10, +90 = 05-10;
// 3 working days = Fri 11, Mon 14, Tue 15.
const DUE: Record<PlanType, { pre: string | null; post: string | null; urgent: string | null }> = {
  employer: { pre: '2028-03-11', post: '2028-04-10', urgent: '2028-02-13' },
  'government-employer': { pre: '2028-03-11', post: '2028-04-10', urgent: '2028-02-13' },
  church: { pre: '2028-03-11', post: '2028-04-10', urgent: '2028-02-13' },
  individual: { pre: '2028-03-11', post: '2028-04-10', urgent: '2028-02-13' },
  grandfathered: { pre: '2028-03-11', post: '2028-04-10', urgent: '2028-02-13' },
  fehb: { pre: '2028-03-11', post: '2028-03-11', urgent: '2028-02-13' },
  'medicare-advantage': { pre: '2028-03-11', post: '2028-04-10', urgent: '2028-02-13' },
  'medicare-part-d': { pre: '2028-02-17', post: '2028-02-24', urgent: '2028-02-13' },
  'original-medicare': { pre: '2028-04-10', post: '2028-04-10', urgent: '2028-04-10' },
  medicaid: { pre: '2028-03-11', post: '2028-03-11', urgent: '2028-02-13' },
  'medicaid-fee-for-service': { pre: '2028-05-10', post: '2028-05-10', urgent: '2028-02-15' },
  chip: { pre: null, post: null, urgent: null },
  tricare: { pre: '2028-04-10', post: '2028-04-10', urgent: '2028-04-10' },
};

// From a decision dated 2028-01-31: 4 months → Wed 2028-05-31; +60 = 03-31; +65 = 04-05; +90 = 04-30 (a Sunday:
// no roll-forward); +185 = 08-03; the state's 120 days (entered from the notice) → 05-30.
const NEXT: Record<PlanType, { id: string; due: string | null } | 'end'> = {
  employer: { id: 'external-review', due: '2028-05-31' },
  'government-employer': { id: 'external-review', due: '2028-05-31' },
  church: { id: 'external-review', due: '2028-05-31' },
  individual: { id: 'external-review', due: '2028-05-31' },
  grandfathered: { id: 'external-review', due: null },
  fehb: { id: 'opm-review', due: '2028-04-30' },
  'medicare-advantage': { id: 'ire', due: null },
  'medicare-part-d': { id: 'ire', due: '2028-04-05' },
  'original-medicare': { id: 'qic', due: '2028-08-03' },
  medicaid: { id: 'state-fair-hearing', due: '2028-05-30' },
  'medicaid-fee-for-service': { id: 'court', due: null },
  chip: 'end',
  tricare: { id: 'formal-review', due: '2028-03-31' },
};

describe.each([...PLAN_TYPES])('%s', (planType) => {
  it.each([
    ['pre-service', false, 'pre'],
    ['post-service', false, 'post'],
    ['pre-service', true, 'urgent'],
    ['ongoing', true, 'urgent'],
  ] as const)('decision-due for %s (urgent: %s), from the day the appeal arrived', (timing, urgent, row) => {
    const c = makeCase(planType, { timing, urgent, urgentWhy: urgent ? 'Rapid progression' : undefined });
    const view = journeyStatus(c, journey({ sentOn: '2028-02-08', sentBy: 'mail', receivedOn: RECEIVED }), TODAY).current;
    const expected = DUE[planType][row];
    if (expected === null) {
      expect(view.decisionDue).toBeUndefined();
      expect(view.decisionClockUnknown).toBe(true);
      return;
    }
    expect(view.decisionDue).toMatchObject({ date: expected, known: true, late: false });
    const deadline = journeyDeadlines(c, journey({ receivedOn: RECEIVED }), TODAY).find((d) => d.id === 'decision-due');
    expect(deadline).toMatchObject({ date: expected, citation: view.decisionDue!.citation });
  });

  it('next-level-due, counted from the decision date, for an upheld decision', () => {
    const c = makeCase(planType);
    const status = journeyStatus(
      c,
      journey({ receivedOn: '2028-01-10', decision: 'upheld', decisionDate: '2028-01-31', nextNoticeDays: planType === 'medicaid' ? 120 : undefined }),
      '2028-02-01',
    );
    const expected = NEXT[planType];
    if (expected === 'end') {
      expect(status.next).toEqual({ kind: 'end', decisionDate: '2028-01-31' });
      return;
    }
    expect(status.next).toMatchObject({ kind: 'next-level', level: { id: expected.id }, due: expected.due });
    const d = journeyDeadlines(
      c,
      journey({ receivedOn: '2028-01-10', decision: 'upheld', decisionDate: '2028-01-31', nextNoticeDays: planType === 'medicaid' ? 120 : undefined }),
      '2028-02-01',
    ).find((x) => x.id === 'next-level-due');
    expect(d).toBeDefined();
    const next = status.next!;
    expect(d!.date).toBe(next.kind === 'next-level' && !next.level.automatic ? expected.due : null);
  });

  it('an approval ends the journey, with nothing to ask for', () => {
    const status = journeyStatus(makeCase(planType), journey({ receivedOn: '2028-01-10', decision: 'approved', decisionDate: '2028-01-31' }), '2028-02-01');
    expect(status.next).toEqual({ kind: 'approved', decisionDate: '2028-01-31' });
    expect(
      journeyDeadlines(makeCase(planType), journey({ receivedOn: '2028-01-10', decision: 'approved', decisionDate: '2028-01-31' }), '2028-02-01').map(
        (d) => d.id,
      ),
    ).not.toContain('next-level-due');
  });
});

describe('the late rule', () => {
  const late = (planType: PlanType, stage: Stage, today: string, reason: ReasonSlug = 'out-of-network') =>
    journeyStatus(makeCase(planType, { reason }), journey(stage), today);

  it('is never claimed from an estimate, only from a known receipt date', () => {
    const estimated = late('employer', { sentOn: '2028-01-01', sentBy: 'mail' }, '2028-06-01');
    expect(estimated.current.received).toEqual({ on: '2028-01-06', known: false });
    expect(estimated.current.decisionDue).toMatchObject({ known: false, late: false });
    expect(estimated.late).toBeUndefined();
    const known = late('employer', { sentOn: '2028-01-01', receivedOn: '2028-01-03' }, '2028-02-03');
    expect(known.current.decisionDue).toMatchObject({ date: '2028-02-02', late: true });
    expect(known.late).toMatchObject({ action: 'patient', citation: expect.stringContaining('2560.503-1(l)') });
  });

  it('the due date itself is not late; the day after is', () => {
    expect(late('medicare-part-d', { receivedOn: '2028-02-10' }, '2028-02-17').late).toBeUndefined();
    expect(late('medicare-part-d', { receivedOn: '2028-02-10' }, '2028-02-18').late).toMatchObject({ action: 'plan' });
  });

  it('an extension the plan took moves the deadline, where the rule allows one', () => {
    const ma = late('medicare-advantage', { receivedOn: '2028-02-10', extended: true }, '2028-03-20');
    expect(ma.current.decisionDue).toMatchObject({ date: '2028-03-11', extendedTo: '2028-03-25', late: false });
    expect(late('medicare-advantage', { receivedOn: '2028-02-10', extended: true }, '2028-03-26').late).toBeDefined();
    // Employer plans get no extension on appeal: the flag changes nothing.
    expect(late('employer', { receivedOn: '2028-02-10', extended: true }, '2028-03-12').current.decisionDue).toMatchObject({
      extendedTo: undefined,
      late: true,
    });
  });

  it.each([
    ['employer', 'patient', /external review or to court/],
    ['government-employer', 'patient', /remedies state law gives/],
    ['individual', 'patient', /straight to external review/],
    ['medicaid', 'patient', /State fair hearing/],
    ['fehb', 'patient', /OPM/],
    ['medicare-advantage', 'plan', /Independent Review Entity/],
    ['medicare-part-d', 'plan', /Independent Review Entity/],
    ['original-medicare', 'none', /no way to skip ahead/],
    ['tricare', 'none', /normally/],
  ] as const)('%s: what the rule gives the patient when the plan is late', (planType, action, text) => {
    const status = late(planType, { receivedOn: '2027-01-04' }, '2028-02-01');
    expect(status.late).toMatchObject({ action });
    expect(status.late!.text).toMatch(text);
  });

  it('a late QIC reconsideration in Original Medicare can be escalated to a judge', () => {
    const c = makeCase('original-medicare');
    const status = journeyStatus(
      c,
      journey({ receivedOn: '2027-06-01', decision: 'upheld', decisionDate: '2027-08-01' }, { sentOn: '2027-08-10', receivedOn: '2027-08-12' }),
      '2027-12-01',
    );
    expect(status.current.index).toBe(1);
    expect(status.current.decisionDue).toMatchObject({ date: '2027-10-11', late: true });
    expect(status.late).toMatchObject({ action: 'patient', citation: '42 CFR 405.1002(b)' });
  });
});

describe('caseDeadlines', () => {
  it('a known receipt replaces the planning estimate of the decision; a known decision replaces the undated next level', () => {
    const c = makeCase('employer');
    expect(caseDeadlines(c, journey(), TODAY).map((d) => d.id)).toEqual(['appeal-due', 'decision-expected', 'next-level']);
    expect(caseDeadlines(c, journey({ receivedOn: '2028-01-10' }), TODAY).map((d) => d.id)).toEqual(['appeal-due', 'next-level', 'decision-due']);
    expect(caseDeadlines(c, journey({ receivedOn: '2028-01-10', decision: 'upheld', decisionDate: '2028-01-31' }), TODAY).map((d) => d.id)).toEqual([
      'appeal-due',
      'decision-due',
      'next-level-due',
    ]);
  });
});

describe('recording a step', () => {
  const c = makeCase('employer');
  const apply = (j: Journey, update: Parameters<typeof applyJourneyUpdate>[2], today = '2028-03-01') => applyJourneyUpdate(c, j, update, today);

  it('records sent, received, decided in order, then the next level', () => {
    let j = journey();
    for (const update of [
      { intent: 'sent', stage: 0, sentOn: '2028-01-10', sentBy: 'mail' },
      { intent: 'received', stage: 0, receivedOn: '2028-01-13', receivedProof: 'certified-mail-receipt' },
      { intent: 'decision', stage: 0, decision: 'upheld', decisionDate: '2028-02-10' },
      { intent: 'sent', stage: 1, sentOn: '2028-02-15', sentBy: 'fax' },
    ] as const) {
      const r = apply(j, update);
      if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors));
      j = r.journey;
    }
    expect(j.stages).toEqual([
      {
        sentOn: '2028-01-10',
        sentBy: 'mail',
        receivedOn: '2028-01-13',
        receivedProof: 'certified-mail-receipt',
        decision: 'upheld',
        decisionDate: '2028-02-10',
      },
      { sentOn: '2028-02-15', sentBy: 'fax' },
    ]);
  });

  it.each([
    ['a date after today', { intent: 'sent', stage: 0, sentOn: '2028-03-02', sentBy: 'mail' }, journey(), 'sentOn', /after today/],
    [
      'sending before the denial',
      { intent: 'sent', stage: 0, sentOn: '2028-01-01', sentBy: 'mail' },
      journey(),
      'sentOn',
      /before the date on the denial letter/,
    ],
    [
      'arriving before it was sent',
      { intent: 'received', stage: 0, receivedOn: '2028-01-09', receivedProof: 'other' },
      journey({ sentOn: '2028-01-10' }),
      'receivedOn',
      /before the date you sent it/,
    ],
    [
      'a decision before it arrived',
      { intent: 'decision', stage: 0, decision: 'upheld', decisionDate: '2028-01-12' },
      journey({ sentOn: '2028-01-10', receivedOn: '2028-01-13' }),
      'decisionDate',
      /before the date it arrived/,
    ],
    [
      'a next level before a decision',
      { intent: 'sent', stage: 1, sentOn: '2028-02-15', sentBy: 'mail' },
      journey({ sentOn: '2028-01-10' }),
      'form',
      /decision at the level before/,
    ],
  ] as const)('rejects %s, next to the field', (_name, update, j, field, message) => {
    const r = apply(j, update);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors[field]?.[0]).toMatch(message);
  });

  it('asks for the days a Medicaid plan’s decision gives to request a fair hearing', () => {
    const r = applyJourneyUpdate(
      makeCase('medicaid'),
      journey({ sentOn: '2028-01-10' }),
      { intent: 'decision', stage: 0, decision: 'upheld', decisionDate: '2028-02-01' },
      '2028-03-01',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.nextNoticeDays?.[0]).toMatch(/your state sets it/);
  });

  it('undo clears the last step, then the step before it', () => {
    const start = journey({ sentOn: '2028-01-10', sentBy: 'mail', receivedOn: '2028-01-13', receivedProof: 'other' });
    const once = apply(start, { intent: 'undo', stage: 0 });
    expect(once.ok && once.journey.stages).toEqual([{ sentOn: '2028-01-10', sentBy: 'mail' }]);
    const twice = once.ok ? apply(once.journey, { intent: 'undo', stage: 0 }) : once;
    expect(twice.ok && twice.journey.stages).toEqual([{}]);
  });
});
