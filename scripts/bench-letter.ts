/** `npm run bench:letter`: composes 10,000 varied cases as every document kind and renders 100 PDFs of each; prints median and p99. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appealCaseSchema, STEP_THERAPY_GROUNDS, type AppealCase } from '@/lib/appeal/case-schema';
import { composeDocument, DOCUMENT_KINDS, type DocumentKind } from '@/lib/appeal/documents';
import type { Journey } from '@/lib/appeal/journey';
import type { Letter } from '@/lib/appeal/letter';
import { PLAN_TYPES } from '@/lib/appeal/plans';
import { renderPdf } from '@/lib/appeal/render-pdf';
import { REASONS } from '@/lib/content/reasons';

const { values } = parseArgs({ options: { letters: { type: 'string', default: '10000' }, pdfs: { type: 'string', default: '100' } } });
const dir = path.join(process.cwd(), 'tests/fixtures/cases');
const bases = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => appealCaseSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));

/** Deterministic variety: every plan type, reason, urgency, timing and a growing number of criteria. */
function variant(i: number): AppealCase {
  const base = bases[i % bases.length]!;
  const rows = 1 + (i % 8);
  return {
    ...base,
    planType: PLAN_TYPES[i % PLAN_TYPES.length]!,
    reason: REASONS[(i >> 3) % REASONS.length]!,
    urgent: i % 5 === 0,
    urgentWhy: 'Delay risks disease progression.',
    timing: (['pre-service', 'post-service', 'ongoing'] as const)[i % 3]!,
    denialDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    stepTherapyGrounds: [STEP_THERAPY_GROUNDS[i % STEP_THERAPY_GROUNDS.length]!],
    criteria: Array.from({ length: rows }, (_, r) => ({
      criterion: `Criterion ${r} for case ${i}`,
      chartFact: r % 4 === 3 ? undefined : `Fact ${r} recorded on 2026-0${1 + (r % 9)}-1${r % 9}`,
      exhibit: `Record ${r % 3}`,
    })),
  };
}

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms`;
};

const cases = Array.from({ length: Number(values.letters) }, (_, i) => variant(i));

/** The journey each document needs: a late plan for the missed-deadline letter, an upheld decision for the next level. */
const JOURNEYS: Record<DocumentKind, Journey> = {
  appeal: { stages: [] },
  'claim-file-request': { stages: [] },
  'doctor-packet': { stages: [] },
  'plan-missed-deadline': { stages: [{ sentOn: '2027-01-02', receivedOn: '2027-01-04' }] },
  'next-level': { stages: [{ receivedOn: '2027-01-04', decision: 'upheld', decisionDate: '2027-02-01', nextNoticeDays: 90 }] },
};
const TODAY = '2027-06-01';

for (const kind of DOCUMENT_KINDS) {
  const composeMs: number[] = [];
  const letters: { letter: Letter; c: AppealCase }[] = [];
  for (const c of cases) {
    const t = performance.now();
    const result = composeDocument(kind, { case: { ...c, denialDate: '2027-01-01' }, journey: JOURNEYS[kind] }, { today: TODAY });
    composeMs.push(performance.now() - t);
    if ('letter' in result && letters.length < Number(values.pdfs)) letters.push({ letter: result.letter, c });
  }
  const pdfMs: number[] = [];
  for (const { letter, c } of letters) {
    const t = performance.now();
    await renderPdf(letter, c);
    pdfMs.push(performance.now() - t);
  }
  console.log(
    `${kind}: compose ${cases.length}: ${stats(composeMs)} (target: median under 2 ms); PDF ${pdfMs.length}: ${stats(pdfMs)} (target: median under 150 ms)`,
  );
}
