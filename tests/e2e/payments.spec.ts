import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { e2eEnv, EMULATOR_URL } from '../../playwright.config';
import { composeLetter, fillRequired, GUIDE } from './helpers';

// A sentence the composer writes in the locked part of every employer-plan letter.
const LOCKED_SENTENCE = 'Please send me, free of charge, the complete claim file';

type EmulatorSession = { client_reference_id: string | null; amount_total: number | null; payment_status: string };

type EmulatorState = {
  checkout_sessions: EmulatorSession[];
  events: { id: string; type: string; data: { object: EmulatorSession } }[];
  deliveries: { event_id: string; status: number | null }[];
};

const emulatorState = async (page: Page): Promise<EmulatorState> => (await page.request.get(`${EMULATOR_URL}/__emulator/state`)).json();
const letterIdOf = (url: string) => new URL(url).pathname.split('/')[2];

/** What the emulator charged for one letter's sessions. */
async function chargedFor(page: Page, letterUrl: string): Promise<(number | null)[]> {
  const { checkout_sessions } = await emulatorState(page);
  return checkout_sessions.filter((s) => s.client_reference_id === letterIdOf(letterUrl) && s.payment_status === 'paid').map((s) => s.amount_total);
}

test.beforeAll(() => {
  // Idempotent: the emulator script already ran it; this makes the suite independent of that.
  execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/stripe-setup.ts'], {
    env: { ...process.env, ...e2eEnv },
    stdio: 'pipe',
  });
});

async function startCheckout(page: Page, email: string) {
  await page.getByLabel('Email for your receipt').fill(email);
  await page.getByRole('button', { name: 'Unlock the full letter' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/c/pay/`));
}

async function pay(page: Page, code?: string) {
  if (code) await page.getByLabel(/promotion code/i).fill(code);
  await page.getByRole('button', { name: /^Pay/ }).click();
}

test('guide → form → preview → checkout with SEO25 for $30 → the full letter and its downloads', async ({ page }) => {
  const email = `first-${Date.now()}@example.test`;
  await page.goto(GUIDE);
  await page.getByTestId('letter-cta').getByRole('link', { name: 'Draft my appeal letter' }).click();
  await fillRequired(page);
  await page.getByRole('button', { name: 'Compose my letter' }).click();
  await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  const preview = page.url();
  const html = await page.content();
  expect(html).not.toContain(LOCKED_SENTENCE);
  expect(await (await page.request.get(preview, { headers: { RSC: '1' } })).text()).not.toContain(LOCKED_SENTENCE);

  await startCheckout(page, email);
  await pay(page, 'SEO25');
  await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+\/letter$/);
  await expect(page.getByTestId('full-letter')).toContainText(LOCKED_SENTENCE);
  expect(await chargedFor(page, preview)).toEqual([3000]);
  // Stripe's signed webhook reached our endpoint and was accepted.
  const state = await emulatorState(page);
  const completed = state.events.find((e) => e.type === 'checkout.session.completed' && e.data.object.client_reference_id === letterIdOf(preview));
  expect(state.deliveries.filter((d) => d.event_id === completed?.id).map((d) => d.status)).toEqual([200]);

  for (const [format, magic] of [
    ['pdf', '%PDF-'],
    ['docx', 'PK'],
    ['ics', 'BEGIN:VCALENDAR'],
  ] as const) {
    const response = await page.request.get(`${page.url()}/download?format=${format}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, magic.length).toString('latin1')).toBe(magic);
  }
});

test('a returning customer cannot use SEO25 again and pays $40', async ({ page }) => {
  const email = `returning-${Date.now()}@example.test`;
  const first = await composeLetter(page);
  await startCheckout(page, email);
  await pay(page, 'SEO25');
  await expect(page).toHaveURL(/\/letter$/);
  expect(await chargedFor(page, first)).toEqual([3000]);

  const second = await composeLetter(page);
  await startCheckout(page, email);
  await pay(page, 'SEO25');
  await expect(page.getByText('This promotion code cannot be redeemed because the associated customer has prior transactions.')).toBeVisible();
  await page.getByLabel(/promotion code/i).fill('');
  await pay(page);
  await expect(page).toHaveURL(/\/letter$/);
  expect(await chargedFor(page, second)).toEqual([4000]);
});

test('cancelling checkout returns to the locked preview', async ({ page }) => {
  const preview = await composeLetter(page);
  await startCheckout(page, `cancel-${Date.now()}@example.test`);
  await page.getByRole('link', { name: /cancel/i }).click();
  await expect(page).toHaveURL(new RegExp(`${preview}\\?checkout=canceled$`));
  await expect(page.getByTestId('checkout-canceled')).toBeVisible();
  await expect(page.getByTestId('letter-locked')).toBeVisible();
  expect(await page.content()).not.toContain(LOCKED_SENTENCE);
  const letter = await page.goto(`${preview}/letter`);
  expect(letter?.url()).toBe(preview);
});

test('a paid letter opens only in its own browser, or from its private link', async ({ browser, page }) => {
  const preview = await composeLetter(page);
  const privateLink = ((await page.getByTestId('private-link').textContent()) ?? '').replace(/^https?:\/\/[^/]+/, '');
  await startCheckout(page, `owner-${Date.now()}@example.test`);
  await pay(page);
  await expect(page).toHaveURL(/\/letter$/);

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  expect((await other.goto(`${preview}/letter`))?.status()).toBe(404);
  expect(await other.content()).not.toContain(LOCKED_SENTENCE);
  expect((await other.request.get(`${preview}/letter/download?format=pdf`)).status()).toBe(404);

  await other.goto(privateLink);
  await other.goto(`${preview}/letter`);
  await expect(other.getByTestId('full-letter')).toContainText(LOCKED_SENTENCE);
  await stranger.close();
});

test('letter pages are private: no caching, no referrer, a nonce-based CSP', async ({ page }) => {
  const preview = await composeLetter(page);
  const response = await page.request.get(preview);
  const headers = response.headers();
  expect(headers['cache-control']).toContain('no-store');
  expect(headers['cache-control']).toContain('private');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
});

test('the webhook endpoint refuses an unsigned or forged event with 400', async ({ request }) => {
  const body = JSON.stringify({ id: 'evt_forged', type: 'checkout.session.completed', data: { object: { id: 'cs_forged' } } });
  expect((await request.post('/api/stripe/webhook', { data: body })).status()).toBe(400);
  const forged = await request.post('/api/stripe/webhook', {
    data: body,
    headers: { 'Stripe-Signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
  });
  expect(forged.status()).toBe(400);
});
