import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emptyValues, type AppealFormValues } from '@/lib/appeal/form-values';
import { initialFormState } from '@/lib/appeal/form/state';
import { applyReading, catalogFromContent, markFor, MAX_LETTER_CHARS, parseMarks, prefillFromLetter } from '@/lib/appeal/read-letter';
import { getContent } from '@/lib/content/loader';
import { readDenialLetter } from '@/lib/denial-reader';

// Reading a letter must never touch the database: the pasted text is not stored.
const getDb = vi.fn(() => {
  throw new Error('reading a pasted letter must not open the database');
});
vi.mock('@/lib/db', () => ({ getDb }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

const { submitAppeal } = await import('@/app/appeal/actions');

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/denials');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
const index = getContent();
const catalog = catalogFromContent(index);
const names = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

describe('catalogFromContent', () => {
  it('knows drugs by their aliases and leaves out entries that are not a drug or service', () => {
    expect(catalog.drugs.some((d) => d.slug === 'coverage-exception')).toBe(false);
    const reading = readDenialLetter('We denied your request for Vitrakvi (larotrectinib) because it is not medically necessary.', catalog);
    expect(reading.drug).toMatchObject({ value: 'pediatric-targeted-therapy', name: 'Vitrakvi' });
    expect(readDenialLetter('Your coverage exception request for Mounjaro was denied. Mounjaro is not on our formulary.', catalog).drug?.value).toBe(
      'mounjaro',
    );
  });
});

describe('prefilling the form from each fixture letter', () => {
  it.each(names)('%s', (name) => {
    // What the reader found in this letter (the corpus test checks that against the letter); here, that the form gets it.
    const read = readDenialLetter(fixture(name), catalog);
    const { values, marks, isDenial } = prefillFromLetter(emptyValues(), fixture(name), index);
    const f = values.fields;
    expect(isDenial).toBe(read.isDenial);
    if (!isDenial || !read.english) {
      expect(marks).toEqual([]);
      expect(values).toEqual(emptyValues());
      return;
    }
    expect(f.insurer || undefined).toBe(read.insurer?.name);
    expect(f.drug || undefined).toBe(read.drug?.name);
    expect(f.reason || undefined).toBe(read.reason?.value);
    expect(f.denialDate || undefined).toBe(read.letterDate?.value);
    expect(f.serviceDate || undefined).toBe(read.serviceDate?.value);
    expect(f.claimNumber || undefined).toBe(read.claimNumber?.value);
    expect(f.memberId || undefined).toBe(read.memberId?.value);
    expect(f.patientName || undefined).toBe(read.patientName?.value);
    expect(f.insurerAddress || undefined).toBe(read.appealsAddress?.value);
    // Never filled from a letter: the plan type and timing stay as the form had them, clinical facts stay empty.
    expect(f.planType).toBeUndefined();
    expect(f.timing).toBe('pre-service');
    expect(f.diagnosis ?? '').toBe('');
    expect(values.criteria.every((c) => c.chartFact === '' && c.exhibit === '')).toBe(true);
    // Every filled field is marked, and only filled fields are.
    for (const [field, value] of Object.entries(f)) {
      if (field === 'timing' || field === 'urgent') continue;
      expect(markFor(marks, field, value), field).toBeDefined();
    }
    if (read.criteria.length) expect(values.criteria.map((c) => c.criterion)).toEqual(expect.arrayContaining(read.criteria));
  });

  it('quotes the sentence that gives the reason, and nothing when only a code gave it', () => {
    expect(prefillFromLetter(emptyValues(), fixture('anthem-keytruda-prior-authorization'), index).values.fields.denialWords).toBe(
      'The claim was denied because prior authorization was not obtained before the service was given.',
    );
    const eob = prefillFromLetter(emptyValues(), fixture('aetna-cgm-eob-codes-only'), index);
    expect(eob.values.fields.reason).toBe('prior-authorization');
    expect(eob.values.fields.denialWords).toBeUndefined();
  });

  it('fills the insurer and drug with the names the letter uses', () => {
    const { fields } = prefillFromLetter(emptyValues(), fixture('anthem-keytruda-prior-authorization'), index).values;
    expect(fields.insurer).toBe('Anthem Blue Cross');
    expect(fields.drug).toBe('Keytruda');
  });
});

describe('applyReading never overwrites what the patient typed', () => {
  const reading = readDenialLetter(fixture('humana-aat-medical-necessity-co50'), catalog);
  const typed = (): AppealFormValues => {
    const v = emptyValues();
    v.fields.memberId = 'MY-OWN-ID';
    v.fields.insurer = 'humana inc.';
    v.criteria = [
      { criterion: 'No current smoking', chartFact: 'Quit in 2019', exhibit: 'Clinic note' },
      { criterion: '', chartFact: '', exhibit: '' },
    ];
    return v;
  };

  it('keeps typed fields, says so, and fills only the empty ones', () => {
    const out = applyReading(typed(), reading);
    expect(out.values.fields.memberId).toBe('MY-OWN-ID');
    expect(out.kept).toEqual(['the member ID']);
    expect(out.values.fields.insurer).toBe('humana inc.'); // the same name in other letters: neither kept nor marked
    expect(markFor(out.marks, 'insurer', 'humana inc.')).toBeUndefined();
    expect(markFor(out.marks, 'memberId', 'MY-OWN-ID')).toBeUndefined();
    expect(out.values.fields.claimNumber).toBe('2026-0211-5583-00');
    expect(out.filled).toContain('the claim or reference number');
  });

  it('adds quoted criteria after the typed rows, drops blank rows, and does not repeat a criterion', () => {
    const out = applyReading(typed(), reading);
    expect(out.values.criteria[0]).toEqual({ criterion: 'No current smoking', chartFact: 'Quit in 2019', exhibit: 'Clinic note' });
    expect(out.values.criteria.filter((c) => c.criterion === 'No current smoking')).toHaveLength(1);
    expect(out.values.criteria).toHaveLength(4);
    expect(out.values.criteria.every((c) => c.criterion !== '')).toBe(true);
    expect(out.filled).toContain('3 coverage criteria');
  });

  it('never goes past 20 criteria', () => {
    const v = emptyValues();
    v.criteria = Array.from({ length: 19 }, (_, i) => ({ criterion: `Criterion number ${i}`, chartFact: '', exhibit: '' }));
    expect(applyReading(v, reading).values.criteria).toHaveLength(20);
  });

  it('lists what the form needs but the letter does not say', () => {
    const out = prefillFromLetter(emptyValues(), fixture('kaiser-ozempic-quantity-limit'), index);
    expect(out.missing).toEqual(['the date of service', 'the claim or reference number', 'the patient’s name', 'the appeals address']);
  });

  it('fills nothing from a letter that is not a denial', () => {
    const out = prefillFromLetter(emptyValues(), fixture('cigna-dupixent-approval'), index);
    expect(out).toMatchObject({ isDenial: false, filled: [], marks: [] });
  });
});

describe('marks', () => {
  it('show only while the field still holds the value read', () => {
    const marks = [{ field: 'memberId', value: 'H84512093', evidence: 'Humana member ID: H84512093' }];
    expect(markFor(marks, 'memberId', 'h84512093 ')).toBeDefined();
    expect(markFor(marks, 'memberId', 'H000')).toBeUndefined();
    expect(markFor(marks, 'claimNumber', 'H84512093')).toBeUndefined();
  });

  it('parse from the hidden field only when well formed', () => {
    expect(parseMarks(JSON.stringify([{ field: 'memberId', value: 'A', evidence: 'B' }]))).toHaveLength(1);
    expect(parseMarks('not json')).toEqual([]);
    expect(parseMarks(JSON.stringify([{ field: 1 }]))).toEqual([]);
    expect(parseMarks(JSON.stringify(Array.from({ length: 41 }, () => ({ field: 'a', value: 'b', evidence: 'c' }))))).toEqual([]);
    expect(parseMarks(null)).toEqual([]);
  });
});

describe('the read-letter form action', () => {
  const initial = initialFormState(emptyValues());
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    data.set('timing', 'pre-service');
    data.set('criteria.0.criterion', '');
    data.set('criteria.0.chartFact', '');
    data.set('criteria.0.exhibit', '');
    for (const [k, v] of Object.entries(entries)) data.set(k, v);
    return data;
  };

  it('returns the form filled and marked, keeps typed values and the pasted text, and stores nothing', async () => {
    const text = fixture('anthem-keytruda-prior-authorization');
    const state = await submitAppeal(initial, form({ intent: 'read-letter', letterText: text, patientName: 'Dana R. Whitfield', memberId: 'TYPED-1' }));
    expect(state.status).toBe('read');
    expect(state.values.fields).toMatchObject({
      insurer: 'Anthem Blue Cross',
      drug: 'Keytruda',
      reason: 'prior-authorization',
      denialDate: '2026-03-03',
      serviceDate: '2026-02-10',
      patientName: 'Dana R. Whitfield',
      memberId: 'TYPED-1',
    });
    expect(state.letterText).toBe(text);
    expect(state.letterSummary).toMatchObject({ isDenial: true, kept: ['the member ID'], missing: [], codes: [{ code: 'CO-197', href: '/codes/co-197' }] });
    expect(state.marks.map((m) => m.field)).toEqual(expect.arrayContaining(['insurer', 'drug', 'reason', 'denialDate', 'serviceDate', 'claimNumber']));
    expect(getDb).not.toHaveBeenCalled();
  });

  it('carries earlier marks through a later round trip', async () => {
    const first = await submitAppeal(initial, form({ intent: 'read-letter', letterText: fixture('anthem-keytruda-prior-authorization') }));
    const next = await submitAppeal(first, form({ intent: 'add-criteria', readMarks: JSON.stringify(first.marks), insurer: 'Anthem Blue Cross' }));
    expect(next.marks).toEqual(first.marks);
    expect(next.values.criteria).toHaveLength(2);
  });

  it('asks for text when the box is empty, and refuses a paste longer than a letter', async () => {
    const empty = await submitAppeal(initial, form({ intent: 'read-letter', letterText: '  ', memberId: 'KEEP' }));
    expect(empty).toMatchObject({ status: 'invalid', fieldErrors: { letterText: [expect.stringContaining('Paste the text')] } });
    expect(empty.values.fields.memberId).toBe('KEEP');
    const long = await submitAppeal(initial, form({ intent: 'read-letter', letterText: 'x'.repeat(MAX_LETTER_CHARS + 1) }));
    expect(long.fieldErrors.letterText?.[0]).toMatch(/longer than a denial letter/);
    expect(getDb).not.toHaveBeenCalled();
  });
});
