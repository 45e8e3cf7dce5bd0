/**
 * `npm run bench:page` (after `npm run build`): one guide page against the same page with its scripts removed.
 * Prints HTML bytes and the no-JavaScript copy's bytes, JavaScript bytes, requests, and Lighthouse's largest
 * contentful paint for both copies (median of three runs each, same Chromium) with their ratio.
 * Targets (issue 12): HTML ≤ 1.5× the no-JS copy, LCP ≤ 1.15× the no-JS copy, no prefetch requests.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const GUIDE = process.argv.find((a) => a.startsWith('/guides/')) ?? '/guides/blue-cross-blue-shield/tecartus/prior-authorization';
const APP_PORT = 3190;
const COPY_PORT = 3191;
const RUNS = 3;

const app = spawn(process.execPath, [path.join('node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(APP_PORT)], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_FILE: path.join(process.env.TMPDIR ?? '/tmp', 'bench-page.sqlite'),
    // Payments are not on a guide page; the server only needs to start.
    STRIPE_SECRET_KEY: 'sk_test_bench_only',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench_only',
    STRIPE_API_BASE: 'http://127.0.0.1:12111',
  },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${APP_PORT}`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start (run `npm run build` first)');
}

/** The page with every script and script preload removed: what plain HTML of the same page weighs. */
const withoutScripts = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bas="script"[^>]*>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, '');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

try {
  await waitForServer();
  const html = await (await fetch(`${base}${GUIDE}`)).text();
  const copy = withoutScripts(html);
  const scriptSrcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]!);
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  let externalScripts = 0;
  for (const src of scriptSrcs) externalScripts += (await (await fetch(new URL(src, base))).arrayBuffer()).byteLength;
  const prefetch = [...html.matchAll(/<link\b[^>]*\brel="prefetch"/gi)].length;

  // The no-JavaScript copy, served at the same paths so its styles and images load the same way.
  const server = http.createServer(async (req, res) => {
    if (req.url === GUIDE) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(copy);
      return;
    }
    const upstream = await fetch(`${base}${req.url}`);
    res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(COPY_PORT, '127.0.0.1', r));

  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const measure = async (url: string) => {
    const lcps: number[] = [];
    let requests = 0;
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
      const audits = result!.lhr.audits;
      lcps.push(audits['largest-contentful-paint']!.numericValue ?? NaN);
      requests = ((audits['network-requests']!.details as { items?: unknown[] } | undefined)?.items ?? []).length;
    }
    return { lcp: median(lcps), requests };
  };
  const page = await measure(`${base}${GUIDE}`);
  const plain = await measure(`http://127.0.0.1:${COPY_PORT}${GUIDE}`);
  await chrome.kill();
  server.close();

  const htmlRatio = Buffer.byteLength(html) / Buffer.byteLength(copy);
  const lcpRatio = page.lcp / plain.lcp;
  console.log(`Guide page ${GUIDE}`);
  console.log(
    `  HTML:             ${kb(Buffer.byteLength(html))}  (no-JavaScript copy ${kb(Buffer.byteLength(copy))}; ratio ${htmlRatio.toFixed(2)}×, target ≤ 1.5×)`,
  );
  console.log(`  JavaScript:       ${kb(externalScripts + inlineScripts)} in ${scriptSrcs.length} files and ${kb(inlineScripts)} inline`);
  console.log(`  Prefetch links:   ${prefetch} (target 0)`);
  console.log(`  Requests:         ${page.requests} (no-JavaScript copy ${plain.requests})`);
  console.log(
    `  Lighthouse LCP:   ${page.lcp.toFixed(0)} ms (no-JavaScript copy ${plain.lcp.toFixed(0)} ms; ratio ${lcpRatio.toFixed(2)}×, target ≤ 1.15×), median of ${RUNS}`,
  );
} finally {
  app.kill();
}
