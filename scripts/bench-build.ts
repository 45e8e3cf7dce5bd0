/**
 * `npm run bench:build -- --guides 10000`: builds the site against a synthetic corpus of N guides
 * (generated outside content/) and prints build seconds, guides per second of static generation and peak memory.
 * In the same run it builds a bare Next app of N static pages of the same HTML size (the floor: what Next
 * itself costs per page) and prints our rate as a ratio of it, twice: guides per second, with the hubs and
 * other pages the same build generates counted against the guides, and pages per second. Last, it sets
 * what Next costs per page beside what our render alone costs per guide (bench:render on the same corpus),
 * which is what decides how close to the floor the ratio can come.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REASONS } from '@/lib/content/reasons';

const { values } = parseArgs({
  options: { guides: { type: 'string', default: '10000' }, runs: { type: 'string', default: '2' }, keep: { type: 'boolean', default: false } },
});
// Each build runs `runs` times, alternating with the bare app, and the fastest static generation of each
// is compared: on a shared 2-core machine one run of either varies by a third.
const runs = Math.max(1, Number(values.runs));
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
    write(
      `reasons/${reason}.md`,
      `---\nlabel: denied for ${reason}\nshort: ${reason}\nanswer: A synthetic one-line answer for ${reason}.\n---\n1. A synthetic strategy step.\n`,
    );
  }
  const source = 'sources:\n  - title: Source\n    url: https://www.ecfr.gov/current/title-45/section-147.136\n';
  for (let i = 0; i < insurers; i++) {
    write(
      `insurers/insurer-${i}.md`,
      `---\nname: Insurer ${i}\nshortName: Ins ${i}\nplanTypes:\n  - employer\n  - medicare-advantage\n${source}---\nA synthetic insurer.\n`,
    );
  }
  for (let d = 0; d < drugs; d++) {
    write(
      `drugs/drug-${d}.md`,
      `---\nname: Drug ${d}\nkind: drug\ngeneric: generic-${d}\nclass: Synthetic class\ntreats:\n  - a condition\n${source}---\nA synthetic drug.\n`,
    );
  }
  let n = 0;
  for (let d = 0; d < drugs && n < total; d++) {
    for (let i = 0; i < insurers && n < total; i++) {
      for (const reason of REASONS) {
        if (n++ >= total) break;
        write(
          `guides/insurer-${i}/drug-${d}/${reason}.md`,
          `---
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
`,
        );
      }
    }
  }
}

function treeRssBytes(pid: number): number {
  try {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
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
console.log(
  `generated ${total} guides (${insurers} insurers × ${drugs} drugs × ${REASONS.length} reasons) in ${dir} in ${((Date.now() - genStart) / 1000).toFixed(1)} s`,
);

type BuildResult = { seconds: number; staticSeconds: number; pages: number; workers: string; peak: number };

/** `next build` in `cwd` with `env`; static-generation time from Next's own log line, peak RSS of the process tree. */
function build(cwd: string, env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(process.cwd(), 'node_modules/next/dist/bin/next'), 'build'], {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, NODE_ENV: 'production' },
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
      if (code !== 0) {
        console.error(output.slice(-4000));
        reject(new Error(`next build exited ${code}`));
        return;
      }
      const m = /Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ([\d.]+)(ms|s|min)/.exec(output);
      const unit = { ms: 0.001, s: 1, min: 60 }[m?.[5] ?? 's'] ?? 1;
      resolve({
        seconds: (Date.now() - started) / 1000,
        staticSeconds: m ? Number(m[4]) * unit : NaN,
        pages: m ? Number(m[3]) : NaN,
        workers: m?.[1] ?? '?',
        peak,
      });
    });
  });
}

/** The floor: a bare Next app whose only route is N static pages of `bytes` bytes of HTML, served the same way. */
function bareApp(bytes: number): string {
  // Inside the repository (and ignored by git), so Turbopack resolves `next` from the project's node_modules.
  const root = path.join(process.cwd(), '.bench-bare');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'pages/p'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(process.cwd())} }, experimental: { cpus: ${os.availableParallelism()} } };\n`,
  );
  fs.writeFileSync(
    path.join(root, 'pages/p/[n].jsx'),
    `export const config = { unstable_runtimeJS: false };
const TEXT = ${JSON.stringify('A bare page. '.repeat(Math.max(1, Math.round(bytes / 13))))};
export function getStaticPaths() { return { paths: Array.from({ length: ${total} }, (_, n) => ({ params: { n: String(n) } })), fallback: false }; }
export function getStaticProps({ params }) { return { props: { n: params.n } }; }
export default function Page({ n }) { return <main><h1>Page {n}</h1><p>{TEXT}</p></main>; }
`,
  );
  return root;
}

const best = (a: BuildResult | undefined, b: BuildResult): BuildResult =>
  a && a.staticSeconds <= b.staticSeconds ? { ...a, peak: Math.max(a.peak, b.peak) } : { ...b, peak: Math.max(a?.peak ?? 0, b.peak) };
let ours: BuildResult | undefined;
let bare: BuildResult | undefined;
let htmlBytes = 20_000;
let bareRoot = '';
for (let run = 1; run <= runs; run++) {
  ours = best(ours, await build(process.cwd(), { CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, PRERENDER_LIMIT: String(total) }));
  if (run === 1) {
    const sample = fs.readdirSync(path.join(distDir, 'server/pages/guides/insurer-0/drug-0')).find((f) => f.endsWith('.html'));
    if (sample) htmlBytes = fs.statSync(path.join(distDir, 'server/pages/guides/insurer-0/drug-0', sample)).size;
    bareRoot = bareApp(htmlBytes);
  }
  bare = best(bare, await build(bareRoot, {}));
  console.log(
    `run ${run} of ${runs}: static generation ${ours.staticSeconds.toFixed(1)} s (best so far), bare app ${bare.staticSeconds.toFixed(1)} s (best so far)`,
  );
}
if (!ours || !bare) throw new Error('no build ran');
const rate = (r: BuildResult, n: number) => n / r.staticSeconds;
const others = ours.pages - total;
console.log(`build seconds:           ${ours.seconds.toFixed(1)} (bare app: ${bare.seconds.toFixed(1)})`);
console.log(
  `static pages:            ${ours.pages} (${total} guides, ${others} hubs and other pages) in ${ours.staticSeconds.toFixed(1)} s (${ours.workers} worker(s)); bare app ${bare.pages} in ${bare.staticSeconds.toFixed(1)} s`,
);
console.log(`guide HTML:              ${htmlBytes} bytes; the bare pages are built to the same size`);
console.log(
  `guides per second:       ${rate(ours, total).toFixed(1)} (static generation, hubs counted against the guides), ${(total / ours.seconds).toFixed(1)} (whole build)`,
);
console.log(`pages per second:        ${rate(ours, ours.pages).toFixed(1)} (every page the build generates)`);
console.log(`bare pages per second:   ${rate(bare, bare.pages).toFixed(1)}`);
console.log(
  `ratio to the floor:      ${(rate(ours, total) / rate(bare, bare.pages)).toFixed(2)}× guides (target ≥ 0.8×); ${(rate(ours, ours.pages) / rate(bare, bare.pages)).toFixed(2)}× pages`,
);
console.log(`peak memory (RSS, tree): ${(ours.peak / 1024 ** 3).toFixed(2)} GB (target: under 4 GB)`);

// What the ratio leaves for our own work: Next's cost per page is the bare app's worker time per page, and at
// 0.8x a guide may cost Next's page and a quarter of it more, for everything of ours (render, frame, hubs, load).
const own = JSON.parse(
  execFileSync('node_modules/.bin/tsx', ['scripts/bench-render.ts', '--dir', dir, '--json'], { encoding: 'utf8' }).trim().split('\n').pop()!,
) as { msPerGuide: number; loadSeconds: number };
const nextMsPerPage = ((bare.staticSeconds * Number(bare.workers)) / bare.pages) * 1000;
console.log(`Next per page (bare):    about ${nextMsPerPage.toFixed(2)} ms of worker time (static generation × workers ÷ pages)`);
console.log(`room for ours at 0.8×:   ${(nextMsPerPage / 0.8 - nextMsPerPage).toFixed(2)} ms per guide, for render, frame, hubs and content load together`);
console.log(
  `our render alone:        ${own.msPerGuide.toFixed(2)} ms per guide (npm run bench:render, no Next); the content itself loads in ${own.loadSeconds.toFixed(1)} s, in each build worker`,
);
if (!values.keep) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.rmSync(bareRoot, { recursive: true, force: true });
}
