import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { e2eEnv } from '../../playwright.config';
import { composeLetter, fillRequired, GUIDE, PREFILLED_FORM, press } from './helpers';

test('from a guide, the form starts with the guide’s insurer, drug, reason and criteria, and asks none of them again', async ({ page }) => {
  await page.goto(GUIDE);
  await page.getByTestId('letter-cta').getByRole('link', { name: 'Draft my appeal letter' }).click();
  await expect(page).toHaveURL(/\/appeal\?insurer=blue-cross-blue-shield&drug=tecartus&reason=prior-authorization/);
  await expectNoSeriousA11yViolations(page);
  await press(page, 'Start without a letter');
  await expect(page.getByTestId('step-title')).toHaveText('The denial');
  await expect(page.getByLabel('Drug or service denied')).toHaveCount(0);
  await fillRequired(page);
  await expect(page.getByTestId('answer-insurer')).toContainText('Blue Cross Blue Shield');
  await expect(page.getByTestId('answer-drug')).toContainText('Tecartus');
  await expect(page.getByTestId('answer-criteria').getByRole('listitem')).not.toHaveCount(0);
  await expect(page.getByTestId('answer-criteria')).toContainText('FDA approvals');
  await expectNoSeriousA11yViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test(`each step names its own errors and keeps what was typed; Back and Change keep every answer; then the preview (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(PREFILLED_FORM);
    await press(page, 'Start without a letter');
    await expect(page.getByTestId('step-count')).toHaveText('Step 1 of 6');
    await page.getByLabel('Claim or authorization number').fill('CLM-55');
    await press(page, 'Continue');
    await expect(page.getByTestId('form-message')).toContainText('Please fix 1 answer');
    await expect(page.locator('#f-denialDate-error')).toHaveText('Enter the date on the denial letter as a date, for example 2026-03-14');
    await expect(page.getByLabel('Date on the denial letter')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Claim or authorization number')).toHaveValue('CLM-55');
    await page.getByLabel('Date on the denial letter').fill('2026-11-02');
    await press(page, 'Continue');
    await expect(page.getByTestId('step-title')).toHaveText('Your plan and your timing');
    await expect(page.getByTestId('step-count')).toHaveText('Step 2 of 6');
    await press(page, 'Back');
    await expect(page.getByLabel('Date on the denial letter')).toHaveValue('2026-11-02');
    await expect(page.getByLabel('Claim or authorization number')).toHaveValue('CLM-55');

    await fillRequired(page);
    await expect(page.getByTestId('answer-claimNumber')).toContainText('CLM-55');
    await page.getByTestId('answer-memberId').getByRole('button', { name: 'Change member id' }).click();
    await expect(page.getByTestId('step-title')).toHaveText('The patient');
    await expect(page.getByLabel('Patient’s full name')).toHaveValue('Jordan Sample');
    await page.getByLabel('Member ID').fill('XYZ-999');
    await press(page, 'Continue');
    await expect(page.getByTestId('answer-memberId')).toContainText('XYZ-999');

    await page.getByRole('button', { name: 'Compose my letter' }).click();
    await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your appeal letter is ready to preview');
    await expect(page.getByTestId('letter-preview')).toContainText('XYZ-999');
    await expect(page.getByTestId('letter-deadlines')).toContainText('2027');
    await expect(page.getByTestId('letter-warnings')).toContainText('no fact from the records');
    await context.close();
  });
}

test('a letter opens only in its own browser or from its private link', async ({ browser, page }) => {
  const letterUrl = await composeLetter(page);
  const privateLink = (await page.getByTestId('private-link').textContent()) ?? '';
  await expectNoSeriousA11yViolations(page);

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  const response = await other.goto(letterUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByTestId('letter-not-found')).toBeVisible();
  await expect(other.getByTestId('letter-not-found')).toContainText(`deleted ${e2eEnv.LETTER_RETENTION_DAYS} days after`);
  expect(await other.content()).not.toContain('Jordan Sample');

  await other.goto(privateLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other).toHaveURL(letterUrl);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your appeal letter is ready to preview');
  await stranger.close();
});

test('editing the answers recomposes the letter', async ({ page }) => {
  const letterUrl = await composeLetter(page);
  await page.getByRole('link', { name: 'Edit your answers' }).first().click();
  await expect(page.getByTestId('answer-memberId')).toContainText('XYZ123456');
  await page.getByTestId('answer-memberId').getByRole('button', { name: 'Change member id' }).click();
  await page.getByLabel('Member ID').fill('NEW-777');
  await press(page, 'Continue');
  await page.getByRole('button', { name: 'Save and see the letter' }).click();
  await expect(page).toHaveURL(letterUrl);
  await expect(page.getByTestId('letter-preview')).toContainText('NEW-777');
});
