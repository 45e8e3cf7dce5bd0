import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { startEmulator, type RunningEmulator } from '@/tools/stripe-emulator';
import { emulatorAppEnv } from '@/tools/stripe-emulator/local';
import { fillRequired, PREFILLED_FORM } from './helpers';

/**
 * Two `next start` processes on one PostgreSQL, as behind a load balancer: they must act as one site.
 * Server A receives every webhook; the patient mostly uses server B.
 */
const BASE_DB = process.env.TEST_DATABASE_URL;
const port = Number(process.env.E2E_PORT ?? 3100);
const A = `http://127.0.0.1:${port + 1}`;
const B = `http://127.0.0.1:${port + 2}`;
const LETTERS_PER_HOUR = 3;

// Strings that must never reach a log line: what the patient typed, and the receipt email.
const SENTINELS = {
  patient: 'Quillon Sentinelle',
  diagnosis: 'Sentinel-Diagnosis-7781 lymphoma',
  email: 'sentinel.7781@example.com',
  pasted: 'Sentinel-Pasted-Letter-9932',
};

test.describe.configure({ mode: 'serial' });
test.skip(!BASE_DB && !process.env.CI, 'needs TEST_DATABASE_URL (npm test starts PostgreSQL)');

type Server = { url: string; child: ChildProcess; log: string[] };
const servers: Server[] = [];
let emulator: RunningEmulator;
let databaseUrl: string;

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become healthy`);
}

function startServer(url: string, env: Record<string, string>): Server {
  const next = path.join(process.cwd(), 'node_modules/next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', new URL(url).port], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = { url, child, log: [] as string[] };
  child.stdout?.on('data', (d: Buffer) => server.log.push(d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => server.log.push(d.toString('utf8')));
  return server;
}

/** A guide the build did not prerender: the first request renders it. */
function onDemandGuide(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next/prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  const root = path.join(process.cwd(), 'content/guides');
  const guides = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `/guides/${f.replace(/\.md$/, '')}`);
  const guide = guides.find((g) => !(g in manifest.routes));
  if (!guide) throw new Error('every guide was prerendered: build with PRERENDER_LIMIT below the number of guides (scripts/test.sh does)');
  return guide;
}

async function composeOn(browser: Browser, server: string, forwardedFor: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server, extraHTTPHeaders: { 'X-Forwarded-For': forwardedFor } });
  const page = await context.newPage();
  await page.goto(PREFILLED_FORM);
  await fillRequired(page, { diagnosis: SENTINELS.diagnosis, answers: { 'Patient’s full name': SENTINELS.patient } });
  await page.getByRole('button', { name: 'Compose my letter' }).click();
  return page;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  if (!BASE_DB) throw new Error('TEST_DATABASE_URL is required on CI');
  const admin = new pg.Client({ connectionString: BASE_DB });
  await admin.connect();
  await admin.query('drop database if exists dh_two_servers with (force)');
  await admin.query('create database dh_two_servers');
  await admin.end();
  databaseUrl = Object.assign(new URL(BASE_DB), { pathname: '/dh_two_servers' }).toString();

  emulator = await startEmulator({ port: 0, webhookUrl: `${A}/api/stripe/webhook` });
  const appEnv = {
    NODE_OPTIONS: '',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://denialhelp.example',
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_LETTERS: String(LETTERS_PER_HOUR),
    LOG_LEVEL: 'debug',
    ...emulatorAppEnv(emulator.url),
  };
  // Not execFileSync: the emulator runs in this process and must keep answering.
  await promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/stripe-setup.ts'], {
    env: { ...process.env, ...appEnv },
  });
  servers.push(startServer(A, appEnv), startServer(B, appEnv));
  await Promise.all(servers.map((s) => waitForHealth(s.url, s.child)));
});

test.afterAll(async () => {
  for (const s of servers) s.child.kill('SIGTERM');
  await emulator?.close();
});

test('a production server with payments misconfigured refuses to start, naming the variable', async () => {
  const url = `http://127.0.0.1:${port + 3}`;
  const broken = startServer(url, {
    NODE_OPTIONS: '',
    DATABASE_URL: databaseUrl,
    STRIPE_SECRET_KEY: 'sk_test_emulator_local_only',
    STRIPE_WEBHOOK_SECRET: '',
    STRIPE_API_BASE: emulator.url,
  });
  const code = await new Promise<number | null>((resolve) => broken.child.once('exit', resolve));
  expect(code).toBe(1);
  expect(broken.log.join('')).toContain('STRIPE_WEBHOOK_SECRET is not set');
});

test('both servers report a healthy database', async ({ request }) => {
  for (const server of [A, B]) {
    const res = await request.get(`${server}/api/health`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  }
});

test('a guide rendered on first request by one server is served from the shared cache by the other', async ({ request }) => {
  const guide = onDemandGuide();
  const first = await request.get(`${A}${guide}`);
  expect(first.status()).toBe(200);
  expect(first.headers()['x-nextjs-cache']).toBe('MISS');
  const second = await request.get(`${B}${guide}`);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await second.text()).toBe(await first.text());
  // Open Graph images render on demand and are shared the same way.
  const og = guide.replace(/^\/guides/, '/og');
  expect((await request.get(`${A}${og}`)).headers()['x-nextjs-cache']).toBe('MISS');
  const ogB = await request.get(`${B}${og}`);
  expect(ogB.headers()['x-nextjs-cache']).toBe('HIT');
  expect(ogB.headers()['content-type']).toBe('image/png');
});

test('a letter created on one server opens, is paid through a webhook to the other, and downloads there', async ({ browser, request }) => {
  const onA = await composeOn(browser, A, '203.0.113.1');
  await expect(onA).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  const letterId = new URL(onA.url()).pathname.split('/')[2] as string;
  const privateLink = ((await onA.getByTestId('private-link').textContent()) ?? '').replace(/^https?:\/\/[^/]+/, '');

  // Another browser, on the other server, with only the private link.
  const context = await browser.newContext({ baseURL: B });
  const page = await context.newPage();
  await page.goto(privateLink);
  await expect(page).toHaveURL(`${B}/appeal/${letterId}`);
  await expect(page.getByTestId('letter-preview')).toContainText(SENTINELS.patient);

  // A bank debit: completed now, paid later. Stripe tells server A; the patient is on server B.
  await page.getByLabel('Email for your receipt').fill(SENTINELS.email);
  await page.getByRole('button', { name: 'Unlock the full letter' }).click();
  await expect(page).toHaveURL(new RegExp(`^${emulator.url}/c/pay/`));
  await page.getByTestId('checkout-pm-bank_debit').check();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByTestId('payment-pending')).toBeVisible();
  await page.goto(`/appeal/${letterId}`);
  await expect(page.getByTestId('payment-pending')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock the full letter' })).toHaveCount(0);

  const session = [...emulator.state.sessions.values()].find((r) => r.session.client_reference_id === letterId);
  expect(session).toBeDefined();
  const settled = await request.post(`${emulator.url}/__emulator/sessions/${session!.session.id}/async_payment_succeeded`);
  expect(settled.status()).toBe(200);
  expect(emulator.state.deliveries.length).toBeGreaterThanOrEqual(2);
  expect(emulator.state.deliveries.every((d) => d.url.startsWith(A) && d.status === 200)).toBe(true);

  // A forged session id on the success page goes back to the preview (it answered 500 and logged a stack trace).
  await page.goto(`/appeal/${letterId}/success?session_id=cs_test_forged`);
  await expect(page).toHaveURL(`${B}/appeal/${letterId}`);

  await page.goto(`/appeal/${letterId}/letter`);
  await expect(page.getByTestId('full-letter')).toContainText(SENTINELS.patient);
  const pdf = await page.request.get(`/appeal/${letterId}/letter/download?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the letter rate limit is counted across both servers, whatever X-Forwarded-For says', async ({ browser, request }) => {
  // One letter was created on A above; two more, alternating servers and forged addresses, use up the hour.
  for (const [server, forged] of [
    [B, '198.51.100.2'],
    [A, '198.51.100.3'],
  ] as const) {
    const page = await composeOn(browser, server, forged);
    await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  }
  const refused = await composeOn(browser, B, '198.51.100.4');
  await expect(refused.getByText(/You have created letters many times in the last hour/)).toBeVisible();
  await expect(refused).toHaveURL(/\/appeal\?/);

  // A non-browser client gets a status it can act on.
  const res = await request.post(`${A}/appeal`, { headers: { Origin: A, Accept: '*/*', 'X-Forwarded-For': '198.51.100.5' }, multipart: { intent: 'submit' } });
  expect(res.status()).toBe(429);
  expect(Number(res.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await res.text()).toMatch(/created letters many times/);
});

test('the logs of both servers hold no health information, the pasted letter or the email', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: A });
  const page = await context.newPage();
  await page.goto('/appeal');
  await page.getByLabel('Text of the denial letter').fill(`We denied ${SENTINELS.pasted} for ${SENTINELS.patient}.`);
  await page.getByRole('button', { name: 'Read my letter' }).click();
  await expect(page.getByTestId('letter-summary')).toBeVisible();

  const logs = servers.map((s) => s.log.join('')).join('\n');
  for (const sentinel of Object.values(SENTINELS)) expect(logs).not.toContain(sentinel);
  // The capture works: the structured lines are there, with letter ids and request ids.
  const lines = logs
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { event: string; letterId?: string; requestId?: string });
  expect(lines.filter((l) => l.event === 'letter.created' && l.letterId && l.requestId)).toHaveLength(LETTERS_PER_HOUR);
  expect(lines.some((l) => l.event === 'payment.fulfilled')).toBe(true);
});
