import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { e2eEnv, EMULATOR_URL } from '../../playwright.config';
import { expectNoSeriousA11yViolations } from './axe';
import { fillRequired, PREFILLED_FORM } from './helpers';

/** A date `days` before today, as the date inputs take it. The server counts in the patient's zone; margins are wide. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

test.beforeAll(() => {
  execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/stripe-setup.ts'], {
    env: { ...process.env, ...e2eEnv },
    stdio: 'pipe',
  });
});

/** A paid employer-plan case whose denial is 90 days old; returns the case id. */
async function paidCase(page: Page): Promise<string> {
  await page.goto(PREFILLED_FORM);
  await fillRequired(page, { answers: { 'Date on the denial letter': daysAgo(90) } });
  await page.getByRole('button', { name: 'Compose my letter' }).click();
  await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  await page.getByLabel('Email for your receipt').fill(`journey-${Date.now()}-${Math.random()}@example.test`);
  await page.getByRole('button', { name: 'Unlock the full letter' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/c/pay/`));
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page).toHaveURL(/\/letter$/);
  return id;
}

for (const javaScriptEnabled of [true, false]) {
  test(`the tracker: sent, received, late, the missed-deadline letter, upheld, the next-level request (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const id = await paidCase(page);
    await page.goto(`/appeal/${id}/track`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Track your appeal');

    // Sent: the arrival is only an estimate, and an estimate never makes the plan late.
    const sent = page.getByTestId('sent-form-0');
    await sent.getByLabel('The day you sent the internal appeal').fill(daysAgo(60));
    await sent.getByLabel('By mail').check();
    await sent.getByRole('button', { name: 'Save the date I sent it' }).click();
    await expect(page.getByTestId('stage-0')).toContainText('You sent it on');
    await expect(page.getByTestId('received-0')).toContainText('This is an estimate');
    await expect(page.getByTestId('decision-due-0')).toContainText('(an estimate)');
    await expect(page.getByTestId('plan-late')).toHaveCount(0);

    // A bad date gets an error next to the field, and what was typed stays.
    const received = page.getByTestId('received-form-0');
    await received.getByLabel('The day it arrived').fill(daysAgo(61));
    await received.getByLabel('Certified-mail return receipt or tracking').check();
    await received.getByRole('button', { name: 'Save the date it arrived' }).click();
    await expect(page.getByTestId('received-form-0').getByTestId('field-error')).toHaveText('That date is before the date you sent it. Check the date.');
    await expect(page.getByTestId('received-form-0').getByLabel('The day it arrived')).toHaveValue(daysAgo(61));

    // Received 57 days ago: the 30-day clock has run out, so the plan is late.
    await page.getByTestId('received-form-0').getByLabel('The day it arrived').fill(daysAgo(57));
    await page.getByTestId('received-form-0').getByLabel('Certified-mail return receipt or tracking').check();
    await page.getByTestId('received-form-0').getByRole('button', { name: 'Save the date it arrived' }).click();
    await expect(page.getByTestId('received-0')).toContainText('It arrived on');
    await expect(page.getByTestId('decision-due-0')).toContainText('29 CFR 2560.503-1(i)(2)');
    const late = page.getByTestId('plan-late');
    await expect(late).toContainText('The decision is late');
    await expect(late).toContainText('29 CFR 2560.503-1(l)');
    const missedPdf = await page.request.get(`/appeal/${id}/documents/plan-missed-deadline?format=pdf`);
    expect(missedPdf.status()).toBe(200);
    expect((await missedPdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const missedText = await (await page.request.get(`/appeal/${id}/documents/plan-missed-deadline?format=txt`)).text();
    expect(missedText).toContain('deemed exhausted');
    await expect(late.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', `/appeal/${id}/documents/plan-missed-deadline?format=pdf`);

    // The plan upholds the denial: the next level, its deadline and its request.
    const decision = page.getByTestId('decision-form-0');
    await decision.getByLabel('Upheld: the plan still says no').check();
    await decision.getByLabel('The date on the decision').fill(daysAgo(5));
    await decision.getByRole('button', { name: 'Save the decision' }).click();
    await expect(page.getByTestId('decision-0')).toContainText('Upheld');
    await expect(page.getByTestId('plan-late')).toHaveCount(0);
    const next = page.getByTestId('next-level');
    await expect(next).toContainText('Next: independent external review');
    await expect(next).toContainText('Ask by');
    await expect(next).toContainText('45 CFR 147.136(d)(2)(i)');
    const nextDocx = await page.request.get(`/appeal/${id}/documents/next-level?format=docx`);
    expect(nextDocx.status()).toBe(200);
    expect(nextDocx.headers()['content-disposition']).toContain('next-level-request.docx');
    const calendar = await (await page.request.get(`/appeal/${id}/track/calendar`)).text();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('Ask for independent external review');
    if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);

    // A stranger gets 404 on the tracker and every document.
    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    expect((await other.goto(`/appeal/${id}/track`))?.status()).toBe(404);
    for (const path of [
      'documents/appeal?format=pdf',
      'documents/plan-missed-deadline?format=pdf',
      'documents/next-level?format=txt',
      'documents/doctor-packet?format=docx',
      'documents/claim-file-request?format=txt',
      'track/calendar',
      'letter/download?format=pdf',
    ]) {
      expect((await other.request.get(`/appeal/${id}/${path}`)).status(), path).toBe(404);
    }
    await stranger.close();
    await context.close();
  });
}

test('before payment, the tracker works but the paid documents stay locked', async ({ page }) => {
  await page.goto(PREFILLED_FORM);
  await fillRequired(page);
  await page.getByRole('button', { name: 'Compose my letter' }).click();
  await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  expect((await page.request.get(`/appeal/${id}/documents/doctor-packet?format=pdf`)).status()).toBe(404);
  expect((await page.request.get(`/appeal/${id}/documents/claim-file-request?format=txt`)).status()).toBe(200);
  await page.getByRole('link', { name: 'track your appeal' }).click();
  await expect(page.getByTestId('sent-form-0')).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  test(`the free claim-file request: errors keep what was typed, the letter downloads, nothing is stored (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/claim-file-request');
    await page.getByLabel('Patient’s full name', { exact: true }).fill('Robin Sample');
    await page.getByLabel('Insurance company or plan that denied it').fill('Acme Health');
    await page.getByRole('button', { name: 'Write my request' }).click();
    await expect(page.getByTestId('form-message')).toContainText('Please fix 2 fields');
    await expect(page.locator('#f-planType-error')).toHaveText('Choose your plan type');
    await expect(page.getByLabel('Patient’s full name', { exact: true })).toHaveValue('Robin Sample');
    await expect(page.getByLabel('Insurance company or plan that denied it')).toHaveValue('Acme Health');

    await page.getByLabel('Kind of plan').selectOption('employer');
    await page.getByLabel('Date on the denial letter', { exact: true }).fill('2026-10-01');
    await page.getByLabel('Claim or reference number').fill('CLM-778');
    await page.getByRole('button', { name: 'Write my request' }).click();
    const preview = page.getByTestId('claim-file-preview');
    await expect(preview).toContainText('29 CFR 2560.503-1(h)(2)(iii)');
    await expect(preview).toContainText('CLM-778');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    expect((await download).suggestedFilename()).toBe('claim-file-request.pdf');
    if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
    await context.close();
  });
}
