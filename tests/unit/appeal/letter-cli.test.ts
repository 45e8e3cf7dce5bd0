import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLAN_RULES } from '@/lib/appeal/rules';
import type { PlanType } from '@/lib/appeal/plan-types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CASES_DIR = join(ROOT, 'tests/fixtures/cases');
const TODAY = '2026-11-20';
const TIMEOUT = 60_000;

type Run = { status: number; stdout: string; stderr: string };

function letter(...args: string[]): Run {
  try {
    // node --import tsx is what `npx tsx` runs, without npx's start-up cost on every call.
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/letter.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Each plan type's own sections, and whether ERISA may appear at all. */
const PLAN_SECTION: Record<PlanType, { cites: RegExp; erisa: boolean }> = {
  employer: { cites: /29 CFR 2560\.503-1/, erisa: true },
  grandfathered: { cites: /29 CFR 2560\.503-1/, erisa: true },
  individual: { cites: /45 CFR 147\.136/, erisa: true },
  'medicare-advantage': { cites: /42 CFR 422\.5(82|90|92)/, erisa: false },
  'medicare-part-d': { cites: /42 CFR 423\.(582|590|600)/, erisa: false },
  medicaid: { cites: /42 CFR 438\.(402|406|408)/, erisa: false },
  fehb: { cites: /5 CFR 890\.105/, erisa: false },
};

const fixtures = readdirSync(CASES_DIR).filter((f) => f.endsWith('.json'));

describe('npm run letter', () => {
  it.each(fixtures)(
    '%s prints JSON whose deadlines and citations match the plan type',
    (file) => {
      const input = JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) as { planType: PlanType; patientName: string };
      const run = letter(join(CASES_DIR, file), '--today', TODAY);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as { text: string; deadlines: { label: string; date: string | null; citation: string }[]; citations: string[]; warnings: string[] };
      expect(Object.keys(out).sort()).toEqual(['citations', 'deadlines', 'text', 'warnings']);
      expect(out.text).toContain(input.patientName);

      for (const d of out.deadlines) expect(Object.keys(d).sort()).toEqual(['citation', 'date', 'label']);
      expect(out.deadlines[0]!.citation).toBe(PLAN_RULES[input.planType].fileCitation);
      expect(out.deadlines[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const { cites, erisa } = PLAN_SECTION[input.planType];
      expect(out.citations.length).toBeGreaterThan(0);
      expect(out.citations.some((c) => cites.test(c))).toBe(true);
      for (const c of out.citations) expect(out.text).toContain(c);
      if (!erisa) expect(`${out.text}\n${out.citations.join('\n')}\n${out.deadlines.map((d) => d.citation).join('\n')}`).not.toMatch(/ERISA|2560\.503|2590\.715/);
      expect(run.stdout).not.toMatch(/147\.137|120 days|70 days/);
    },
    TIMEOUT,
  );

  it(
    'exits 1 on an invalid case and names each field',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
      const file = join(dir, 'bad-case.json');
      writeFileSync(file, JSON.stringify({ planType: 'employer', reason: 'step-therapy', denialDate: '2026-02-30', timing: 'pre-service', criteria: [{ chartFact: 'x' }], urgent: true }));
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
      for (const [format, magic] of [['pdf', '%PDF-'], ['docx', 'PK'], ['ics', 'BEGIN:VCALENDAR']] as const) {
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
