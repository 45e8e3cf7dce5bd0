import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLAN_RULES, rulesFor, type PlanType } from '@/lib/appeal/plans';
import { UNSUPPORTED_PLANS, OTHER_PLAN_ANSWER } from '@/lib/appeal/plans/unsupported';
import type { ReasonSlug } from '@/lib/content/reasons';
import { lawForeignTo } from './law';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CASES_DIR = join(ROOT, 'tests/fixtures/cases');
const TODAY = '2026-11-20';
const TIMEOUT = 60_000;

type Run = { status: number; stdout: string; stderr: string };

function letter(...args: string[]): Run {
  try {
    // node --import tsx is what `npx tsx` runs, without npx's start-up cost on every call.
    const stdout = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/letter.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A citation each plan type's letter must carry. */
const PLAN_SECTION: Record<PlanType, RegExp> = {
  employer: /29 CFR 2560\.503-1/,
  'government-employer': /45 CFR 147\.136\(b\)\(2\)\(i\)/,
  church: /26 CFR 54\.9815-2719/,
  grandfathered: /29 CFR 2560\.503-1/,
  individual: /45 CFR 147\.136/,
  fehb: /5 CFR 890\.105/,
  'medicare-advantage': /42 CFR 422\.5(82|90|92)/,
  'medicare-part-d': /42 CFR 423\.(582|590|600)/,
  'original-medicare': /42 CFR 405\.9(40|62)/,
  medicaid: /42 CFR 438\.(402|406|408)/,
  'medicaid-fee-for-service': /42 CFR 431\.220/,
  chip: /42 CFR 457\.11(30|40|50)/,
  tricare: /32 CFR 199\.10/,
};

const fixtures = readdirSync(CASES_DIR).filter((f) => f.endsWith('.json'));

describe('npm run letter', () => {
  it.each(fixtures)(
    '%s prints JSON whose deadlines and citations match the plan type',
    (file) => {
      const input = JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) as { planType: PlanType; reason: ReasonSlug; patientName: string };
      const run = letter(join(CASES_DIR, file), '--today', TODAY);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as {
        text: string;
        deadlines: { label: string; date: string | null; citation: string }[];
        citations: string[];
        warnings: string[];
      };
      expect(Object.keys(out).sort()).toEqual(['citations', 'deadlines', 'text', 'warnings']);
      expect(out.text).toContain(input.patientName);

      for (const d of out.deadlines) expect(Object.keys(d).sort()).toEqual(['citation', 'date', 'id', 'label']);
      expect(out.deadlines[0]!.citation).toBe(rulesFor(input.planType, input.reason).appealWindow.citation);
      expect(out.deadlines[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      expect(out.citations.length).toBeGreaterThan(0);
      expect(out.citations.some((c) => PLAN_SECTION[input.planType].test(c))).toBe(true);
      for (const c of out.citations) expect(out.text).toContain(c);
      const everything = `${out.text}\n${out.citations.join('\n')}\n${out.deadlines.map((d) => d.citation).join('\n')}`;
      for (const pattern of lawForeignTo(input.planType)) expect(everything).not.toMatch(pattern);
      expect(run.stdout).not.toMatch(/147\.137|70 days/);
    },
    TIMEOUT,
  );

  it(
    'exits 1 on an invalid case and names each field',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const file = join(dir, 'bad-case.json');
      writeFileSync(
        file,
        JSON.stringify({
          planType: 'employer',
          reason: 'step-therapy',
          denialDate: '2026-02-30',
          timing: 'pre-service',
          criteria: [{ chartFact: 'x' }],
          urgent: true,
        }),
      );
      const run = letter(file, '--today', TODAY);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('insurer: Enter the insurer’s name');
      expect(run.stderr).toMatch(/^denialDate: .*not a real date$/m);
      expect(run.stderr).toMatch(/^criteria\.0\.criterion: Enter the criterion$/m);
    },
    TIMEOUT,
  );

  it(
    'every plan type gets its letter, and each new plan type’s citations are its own',
    () => {
      const covered = new Set(fixtures.map((f) => (JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8')) as { planType: PlanType }).planType));
      expect([...covered].sort()).toEqual(Object.keys(PLAN_RULES).sort());
    },
    TIMEOUT,
  );

  it.each([...Object.keys(UNSUPPORTED_PLANS), 'workers-comp'])(
    'an unsupported plan type (%s) exits 1 with the honest answer, the same words the form shows',
    (planType) => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const file = join(dir, 'case.json');
      const base = JSON.parse(readFileSync(join(CASES_DIR, 'employer-medical-necessity-urgent.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...base, planType }));
      const run = letter(file, '--today', TODAY);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const answer = (UNSUPPORTED_PLANS as Record<string, { answer: string }>)[planType]?.answer ?? OTHER_PLAN_ANSWER;
      expect(run.stderr).toContain(`planType: ${answer}`);
      expect(run.stderr).not.toMatch(/ERISA|CFR/);
    },
    TIMEOUT,
  );

  it(
    'Medicaid without a plan: asks for the days the notice gives, and counts from them',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const file = join(dir, 'case.json');
      const base = JSON.parse(readFileSync(join(CASES_DIR, 'medicaid-fee-for-service-prior-authorization.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...base, noticeDays: undefined }));
      const missing = letter(file, '--today', TODAY);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/^noticeDays: Enter the number of days your notice gives you/m);
      const ok = letter(join(CASES_DIR, 'medicaid-fee-for-service-prior-authorization.json'), '--today', TODAY);
      const out = JSON.parse(ok.stdout) as { deadlines: { date: string | null }[] };
      expect(out.deadlines[0]!.date).toBe('2026-10-31');
    },
    TIMEOUT,
  );

  it(
    '--document and the case’s journey: decision-due and next-level-due, each with its citation',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const base = JSON.parse(readFileSync(join(CASES_DIR, 'government-employer-medical-necessity.json'), 'utf8')) as Record<string, unknown>;
      const file = join(dir, 'case.json');
      writeFileSync(
        file,
        JSON.stringify({ ...base, journey: { appealSentOn: '2026-10-06', appealReceivedOn: '2026-10-08', decisionDate: '2026-10-30', decision: 'upheld' } }),
      );
      const run = letter(file, '--today', TODAY, '--document', 'next-level');
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as { text: string; deadlines: { id: string; date: string | null; citation: string }[]; citations: string[] };
      expect(out.deadlines.find((d) => d.id === 'decision-due')).toEqual({
        id: 'decision-due',
        label: 'The decision on your internal appeal is due by',
        date: '2026-11-07',
        citation: '45 CFR 147.136(b)(2)(i)',
      });
      // 4 calendar months from Friday 2026-10-30 is Saturday 2027-02-27 → Monday 2027-03-01.
      expect(out.deadlines.find((d) => d.id === 'next-level-due')).toMatchObject({ date: '2027-03-01', citation: '45 CFR 147.136(d)(2)(i)' });
      expect(out.text).toContain('I request independent external review');
      expect(out.text).not.toContain('ERISA');

      for (const kind of ['appeal', 'claim-file-request', 'doctor-packet']) expect(letter(file, '--today', TODAY, '--document', kind).status).toBe(0);
      const notLate = letter(file, '--today', TODAY, '--document', 'plan-missed-deadline');
      expect(notLate.status).toBe(1);
      expect(notLate.stderr).toMatch(/^plan-missed-deadline: /);
      expect(letter(file, '--document', 'fax-cover').status).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'rejects a denial date in the future or decades old',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const base = JSON.parse(readFileSync(join(CASES_DIR, 'employer-medical-necessity-urgent.json'), 'utf8')) as Record<string, unknown>;
      for (const denialDate of ['9999-12-31', '1999-01-01']) {
        const file = join(dir, `case-${denialDate}.json`);
        writeFileSync(file, JSON.stringify({ ...base, denialDate, serviceDate: undefined }));
        const run = letter(file, '--today', TODAY);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^denialDate: The date on the denial letter is (after today|more than 10 years ago)/m);
      }
    },
    TIMEOUT,
  );

  it(
    'exits 1 on a file that is not JSON',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const file = join(dir, 'broken.json');
      writeFileSync(file, '{ "insurer": ');
      expect(letter(file).status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'prints plain text with --format text, and writes to --out',
    () => {
      const fixture = join(CASES_DIR, 'individual-step-therapy.json');
      const text = letter(fixture, '--today', TODAY, '--format', 'text');
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/^Alex Example\nNovember 20, 2026\n/);

      const out = join(mkdtempSync(join(tmpdir(), 'letter-cli-')), 'letter.txt');
      const written = letter(fixture, '--today', TODAY, '--format', 'text', '--out', out);
      expect(written.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(text.stdout);
    },
    TIMEOUT,
  );

  it(
    'writes the PDF, DOCX and calendar exports to --out',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const fixture = join(CASES_DIR, 'individual-step-therapy.json');
      for (const [format, magic] of [
        ['pdf', '%PDF-'],
        ['docx', 'PK'],
        ['ics', 'BEGIN:VCALENDAR'],
      ] as const) {
        const out = join(dir, `letter.${format}`);
        const run = letter(fixture, '--today', TODAY, '--format', format, '--out', out);
        expect(run.status, run.stderr).toBe(0);
        expect(readFileSync(out).subarray(0, magic.length).toString('latin1')).toBe(magic);
      }
    },
    TIMEOUT,
  );

  it(
    'exits 2 for a binary format without --out, and for an unknown format',
    () => {
      const fixture = join(CASES_DIR, 'individual-step-therapy.json');
      const pdf = letter(fixture, '--format', 'pdf');
      expect(pdf.status).toBe(2);
      expect(pdf.stderr).toContain('--format pdf writes a binary file: add --out FILE');
      const odt = letter(fixture, '--format', 'odt');
      expect(odt.status).toBe(2);
      expect(odt.stderr).toContain('unknown format "odt"');
    },
    TIMEOUT,
  );
});
