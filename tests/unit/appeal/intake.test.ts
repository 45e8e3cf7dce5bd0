import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyValues, type AppealFormValues } from '@/lib/appeal/form-values';
import { carriedFields } from '@/lib/appeal/form/carried';
import { processAppealForm, type FormOutcome } from '@/lib/appeal/form/pipeline';
import { initialFormState, type AppealFormState } from '@/lib/appeal/form/state';
import { FULL_PLAN, planSteps, STEP_FIELDS, visibleFields } from '@/lib/appeal/form/steps';
import { STATE_SET_WINDOW } from '@/lib/appeal/plans';
import { getContent } from '@/lib/content/loader';

const index = getContent();
const today = '2026-11-30';
const letter = (name: string) => fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/denials', `${name}.txt`), 'utf8');

/** The form data a step posts: every answer (shown or hidden), the carried state, and the button pressed. */
function post(state: AppealFormState, intent: string, changes: Record<string, string> = {}): FormData {
  const f = new FormData();
  const v = state.values;
  for (const [k, val] of Object.entries(v.fields)) f.set(k, val);
  v.stepTherapyGrounds.forEach((g) => f.append('stepTherapyGrounds', g));
  v.criteria.forEach((r, i) => Object.entries(r).forEach(([k, val]) => f.set(`criteria.${i}.${k}`, val)));
  v.priorTreatments.forEach((r, i) => Object.entries(r).forEach(([k, val]) => f.set(`priorTreatments.${i}.${k}`, val)));
  for (const [k, val] of Object.entries(carriedFields(state))) f.set(k, val);
  f.set('readMarks', JSON.stringify(state.marks));
  f.set('letterText', state.letterText);
  for (const [k, val] of Object.entries(changes)) f.set(k, val);
  f.set('intent', intent);
  return f;
}

const run = (state: AppealFormState, intent: string, changes: Record<string, string> = {}): FormOutcome =>
  processAppealForm(post(state, intent, changes), { prev: state, index, today });
const answer = (o: FormOutcome) => {
  if (o.kind !== 'answer') throw new Error('expected an answer');
  return o.state;
};

const CLINICAL = {
  diagnosis: 'Stage III melanoma (C43.9)',
  'criteria.0.criterion': 'Unresectable or metastatic melanoma',
  'criteria.0.chartFact': 'Stage III, unresectable, per oncology note 2026-01-20',
  'criteria.0.exhibit': 'Oncology note',
};

describe('the stepped intake', () => {
  it('from a pasted letter: reads it, skips nothing it could not fill, and asks only the open questions', () => {
    const read = answer(run(initialFormState(emptyValues()), 'read-letter', { letterText: letter('anthem-keytruda-prior-authorization') }));
    expect(read.status).toBe('read');
    expect(read.values.fields.insurer).toBe('Anthem Blue Cross');
    // The letter gave every answer of the patient step but the representative's: those are still asked, nothing else there.
    const patient = visibleFields('patient', read.plan, read.values, { change: false, errors: {}, noticeDaysPlanTypes: STATE_SET_WINDOW });
    expect(patient).not.toContain('patientName');
    expect(patient).not.toContain('memberId');
    // The denial step asks only what the letter did not state.
    const denial = visibleFields('denial', read.plan, read.values, { change: false, errors: {}, noticeDaysPlanTypes: STATE_SET_WINDOW });
    for (const f of ['insurer', 'drug', 'reason', 'denialDate', 'serviceDate', 'claimNumber']) expect(denial).not.toContain(f);
    expect(read.step).toBe(read.plan.steps[0]);
  });

  it('from a blank start: every step, every question', () => {
    const blank = answer(run(initialFormState(emptyValues()), 'start-blank'));
    expect(blank.step).toBe('denial');
    expect(blank.plan.steps).toEqual(['denial', 'plan', 'patient', 'doctor', 'clinical']);
  });

  it('checks a step on its own, keeps what was typed, and moves on; Back keeps every answer', () => {
    const blank = answer(run(initialFormState(emptyValues()), 'start-blank'));
    const invalid = answer(run(blank, 'next', { insurer: 'Acme Health' }));
    expect(invalid.step).toBe('denial');
    expect(invalid.status).toBe('invalid');
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual(['denialDate', 'drug', 'reason']);
    expect(invalid.values.fields.insurer).toBe('Acme Health');
    const next = answer(run(invalid, 'next', { drug: 'Keytruda', reason: 'medical-necessity', denialDate: '2026-03-10' }));
    expect(next.step).toBe('plan');
    const back = answer(run(next, 'back'));
    expect(back.step).toBe('denial');
    expect(back.values.fields).toMatchObject({ insurer: 'Acme Health', drug: 'Keytruda', denialDate: '2026-03-10' });
  });

  it('never puts an error on a question not asked yet, and a date in the future is an error on its step', () => {
    const blank = answer(run(initialFormState(emptyValues()), 'start-blank'));
    const future = answer(run(blank, 'next', { insurer: 'Acme', drug: 'Keytruda', reason: 'medical-necessity', denialDate: '2026-12-20' }));
    expect(Object.keys(future.fieldErrors)).toEqual(['denialDate']);
  });

  it('shows the plan type the letter suggests and fills it only when confirmed', () => {
    const read = answer(run(initialFormState(emptyValues()), 'read-letter', { letterText: letter('bcbsil-entyvio-unable-to-approve') }));
    expect(read.planTypeHint?.planType).toBe('employer');
    expect(read.values.fields.planType ?? '').toBe('');
    const confirmed = answer(run(read, 'confirm-hint'));
    expect(confirmed.values.fields.planType).toBe('employer');
  });

  it('names the benefit manager apart from the plan', () => {
    const read = answer(run(initialFormState(emptyValues()), 'read-letter', { letterText: letter('optumrx-uhc-marketplace-mounjaro-step-therapy') }));
    expect(read.values.fields).toMatchObject({ insurer: 'UnitedHealthcare', decidedBy: 'Optum Rx' });
  });

  it('check your answers: Change opens the step with every question, and Continue comes back', () => {
    const start = { ...initialFormState(emptyValues()), step: 'check' as const, plan: FULL_PLAN };
    const change = answer(run(start, 'change:doctor'));
    expect(change).toMatchObject({ step: 'doctor', change: true });
    const back = answer(run(change, 'next', { prescriberName: 'Dr. Rivera', prescriberSpecialty: 'Oncology' }));
    expect(back.step).toBe('check');
  });

  it('composing with a problem opens the first step that has one, with the error', () => {
    const values: AppealFormValues = emptyValues();
    const start = { ...initialFormState(values), step: 'check' as const, plan: FULL_PLAN };
    const out = answer(run(start, 'submit', { insurer: 'Acme', drug: 'Keytruda', reason: 'medical-necessity', denialDate: '2026-03-10' }));
    expect(out).toMatchObject({ step: 'plan', change: true, status: 'invalid' });
    expect(out.fieldErrors.planType).toBeDefined();
  });

  it('a complete case composes, and carries what the notice left out for the claim-file request', () => {
    const read = answer(run(initialFormState(emptyValues()), 'read-letter', { letterText: letter('bcbsil-entyvio-unable-to-approve') }));
    const done = run({ ...read, step: 'check' }, 'submit', {
      planType: 'employer',
      timing: 'pre-service',
      urgent: 'no',
      prescriberName: 'Dr. Okafor',
      prescriberSpecialty: 'Gastroenterology',
      ...CLINICAL,
    });
    expect(done.kind).toBe('valid');
    if (done.kind !== 'valid') return;
    expect(done.case.noticeGaps).toEqual(expect.arrayContaining(['external-review', 'consumer-assistance']));
    expect(done.case.noticeGaps).not.toContain('appeal-steps');
  });

  it('reports what the notice owed, for the plan type chosen, and says when it cannot judge', () => {
    const read = answer(run(initialFormState(emptyValues()), 'read-letter', { letterText: letter('bcbsil-entyvio-unable-to-approve') }));
    expect(read.noticeReport).toEqual({ kind: 'not-checked', why: expect.stringContaining('Choose your kind of plan') });
    const employer = answer(run(read, 'confirm-hint'));
    expect(employer.noticeReport?.kind).toBe('checked');
    const fehb = answer(run(read, 'next', { planType: 'fehb' }));
    expect(fehb.noticeReport).toEqual({ kind: 'not-checked', why: expect.stringContaining('do not yet check') });
  });
});

describe('how much the intake asks', () => {
  const count = (values: AppealFormValues) => {
    const plan = planSteps(values);
    const fields = plan.steps.reduce(
      (n, s) => n + visibleFields(s, plan, values, { change: false, errors: {}, noticeDaysPlanTypes: STATE_SET_WINDOW }).length,
      0,
    );
    return { screens: plan.steps.length + 2, fields };
  };

  it('asks fewer questions after a pasted letter than from a blank start', () => {
    const blank = count(emptyValues());
    const pasted = count(answer(run(initialFormState(emptyValues()), 'read-letter', { letterText: letter('anthem-keytruda-prior-authorization') })).values);
    const all = Object.values(STEP_FIELDS).flat().length;
    expect(blank.fields).toBeLessThanOrEqual(all);
    expect(pasted.fields).toBeLessThan(blank.fields);
  });
});
