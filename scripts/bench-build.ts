/**
 * `npm run bench:build -- --guides 10000`: builds the site against a synthetic corpus of N guides
 * (generated outside content/) and prints build seconds, guides per second of static generation and peak memory.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REASONS } from '@/lib/content/reasons';

const { values } = parseArgs({ options: { guides: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } } });
const total = Number(values.guides);
const insurers = 40;
const drugs = Math.ceil(total / (insurers * REASONS.length));
const dir = path.join(os.tmpdir(), `denialhelp-bench-${total}`);
const distDir = `.next-bench`;

function generate() {
  fs.rmSync(dir, { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  for (const reason of REASONS) {
    write(`reasons/${reason}.md`, `---\nlabel: denied for ${reason}\nshort: ${reason}\nanswer: A synthetic one-line answer for ${reason}.\n---\n1. A synthetic strategy step.\n`);
  }
  const source = 'sources:\n  - title: Source\n    url: https://www.ecfr.gov/current/title-45/section-147.136\n';
  for (let i = 0; i < insurers; i++) {
    write(`insurers/insurer-${i}.md`, `---\nname: Insurer ${i}\nshortName: Ins ${i}\nplanTypes:\n  - employer\n  - medicare-advantage\n${source}---\nA synthetic insurer.\n`);
  }
  for (let d = 0; d < drugs; d++) {
    write(`drugs/drug-${d}.md`, `---\nname: Drug ${d}\nkind: drug\ngeneric: generic-${d}\nclass: Synthetic class\ntreats:\n  - a condition\n${source}---\nA synthetic drug.\n`);
  }
  let n = 0;
  for (let d = 0; d < drugs && n < total; d++) {
    for (let i = 0; i < insurers && n < total; i++) {
      for (const reason of REASONS) {
        if (n++ >= total) break;
        write(`guides/insurer-${i}/drug-${d}/${reason}.md`, `---
summary: Synthetic guide ${n} for the build benchmark, long enough to pass validation.
lastReviewed: "2026-11-20"
criteria:
  - criterion: Diagnosis confirmed by the treating physician
    documentation: Pathology report and clinic notes
  - criterion: Prior treatments tried and failed
    documentation: Treatment history with dates
documents:
  - The denial letter
  - Clinic notes
${source}---
## Why Insurer ${i} denies Drug ${d}

${'Synthetic paragraph text for the benchmark guide body. '.repeat(12)}

## Why this denial is appealable

${'More synthetic text. '.repeat(20)}

## Timeline

Count from the date on the letter.
`);
      }
    }
  }
}

function treeRssBytes(pid: number): number {
  try {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
    const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
    const children = new Map<number, number[]>();
    for (const [p, pp] of rows) children.set(pp, [...(children.get(pp) ?? []), p]);
    const rss = new Map(rows.map(([p, , r]) => [p, r]));
    let sum = 0;
    const stack = [pid];
    while (stack.length) {
      const p = stack.pop()!;
      sum += (rss.get(p) ?? 0) * 1024;
      stack.push(...(children.get(p) ?? []));
    }
    return sum;
  } catch {
    return 0;
  }
}

const genStart = Date.now();
generate();
console.log(`generated ${total} guides (${insurers} insurers × ${drugs} drugs × ${REASONS.length} reasons) in ${dir} in ${((Date.now() - genStart) / 1000).toFixed(1)} s`);

const started = Date.now();
const child = spawn('npx', ['next', 'build'], {
  env: { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, PRERENDER_LIMIT: String(total), NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
child.stdout.on('data', (chunk: Buffer) => {
  output += chunk.toString();
});
let peak = 0;
const timer = setInterval(() => {
  peak = Math.max(peak, treeRssBytes(child.pid!));
}, 250);
child.on('exit', (code) => {
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) {
    console.error(output.slice(-4000));
    process.exit(code ?? 1);
  }
  const m = /Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ([\d.]+)(ms|s|min)/.exec(output);
  const unit = { ms: 0.001, s: 1, min: 60 }[m?.[5] ?? 's'] ?? 1;
  const staticSeconds = m ? Number(m[4]) * unit : NaN;
  const pages = m ? Number(m[3]) : NaN;
  console.log(`build seconds:           ${seconds.toFixed(1)}`);
  console.log(`static pages:            ${pages} in ${staticSeconds.toFixed(1)} s (${m?.[1] ?? '?'} worker(s))`);
  console.log(`guides per second:       ${(total / staticSeconds).toFixed(1)} (static generation), ${(total / seconds).toFixed(1)} (whole build)`);
  console.log(`peak memory (RSS, tree): ${(peak / 1024 ** 3).toFixed(2)} GB`);
  if (!values.keep) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(distDir, { recursive: true, force: true });
  }
});
