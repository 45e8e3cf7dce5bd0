import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { composeLetter, fillRequired, GUIDE, PREFILLED_FORM } from './helpers';

test('from a guide, the form arrives prefilled with the guide’s criteria', async ({ page }) => {
  await page.goto(GUIDE);
  await page.getByTestId('letter-cta').getByRole('link', { name: 'Draft my appeal letter' }).click();
  await expect(page).toHaveURL(/\/appeal\?insurer=blue-cross-blue-shield&drug=tecartus&reason=prior-authorization/);
  await expect(page.getByLabel('Insurance company')).toHaveValue('Blue Cross Blue Shield');
  await expect(page.getByLabel('Drug or service denied')).toHaveValue('Tecartus');
  await expect(page.getByLabel('Why it was denied')).toHaveValue('prior-authorization');
  await expect(page.getByTestId('criteria-row')).toHaveCount(4);
  await expect(page.getByTestId('criteria-row').first().getByLabel('Coverage criterion')).toHaveValue(/Diagnosis matches an FDA-approved use/);
  await expectNoSeriousA11yViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test(`an invalid submit keeps what was typed and names the errors, then a valid one reaches the preview (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(PREFILLED_FORM);
    await fillRequired(page, { skip: ['Member ID', 'Date on the denial letter'] });
    await page.getByRole('button', { name: 'Compose my letter' }).click();

    await expect(page.getByTestId('form-message')).toContainText('Please fix 2 fields');
    await expect(page.getByLabel('Member ID')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f-memberId-error')).toHaveText('Enter the member ID');
    await expect(page.locator('#f-denialDate-error')).toHaveText('Enter the date on the denial letter as a date, for example 2026-03-14');
    await expect(page.getByLabel('Patient’s full name')).toHaveValue('Jordan Sample');
    await expect(page.getByLabel('Diagnosis')).toHaveValue('Relapsed mantle cell lymphoma');
    await expect(page.getByTestId('criteria-row').first().getByLabel('Document')).toHaveValue('Pathology report, 2026-09-14');

    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await expect(page.getByTestId('criteria-row')).toHaveCount(5);
    await expect(page.getByLabel('Patient’s full name')).toHaveValue('Jordan Sample');

    await page.getByLabel('Member ID').fill('XYZ123456');
    await page.getByLabel('Date on the denial letter').fill('2026-11-02');
    await page.getByRole('button', { name: 'Compose my letter' }).click();
    await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your appeal letter is ready to preview');
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
  expect(await other.content()).not.toContain('Jordan Sample');

  await other.goto(privateLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other).toHaveURL(letterUrl);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your appeal letter is ready to preview');
  await stranger.close();
});

test('editing the answers recomposes the letter', async ({ page }) => {
  const letterUrl = await composeLetter(page);
  await page.getByRole('link', { name: 'Edit your answers' }).first().click();
  await expect(page.getByLabel('Member ID')).toHaveValue('XYZ123456');
  await page.getByLabel('Member ID').fill('NEW-777');
  await page.getByRole('button', { name: 'Save and see the letter' }).click();
  await expect(page).toHaveURL(letterUrl);
  await expect(page.getByTestId('letter-preview')).toContainText('NEW-777');
});
