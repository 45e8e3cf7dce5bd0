import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { fillRequired, PREFILLED_FORM, press } from './helpers';

const letter = (name: string) => fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/denials', `${name}.txt`), 'utf8');

async function paste(page: import('@playwright/test').Page, name: string) {
  await page.goto('/appeal');
  await page.getByLabel('Text of the denial letter').fill(letter(name));
  await press(page, 'Read my letter');
  await expect(page.getByTestId('letter-summary')).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

  test(`paste → only the open questions, step by step → check your answers → preview (${mode})`, async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await paste(page, 'anthem-keytruda-prior-authorization');
    if (javaScriptEnabled) await expect(page.locator('#form-status')).toBeFocused();
    await expect(page.getByTestId('letter-summary')).toContainText('Below are only the questions still open');
    await expect(page.getByTestId('letter-summary').getByRole('link', { name: /CO-197/ })).toHaveAttribute('href', '/codes/co-197');
    // What the letter stated is not asked again.
    await expect(page.getByLabel('Insurance company, plan or agency that denied it')).toHaveCount(0);
    await expect(page.getByLabel('Date on the denial letter')).toHaveCount(0);

    await fillRequired(page, {
      answers: {
        'Yes: the claim for it was denied': 'yes',
        'Not yet: we need approval first': '',
        'Coverage criterion': 'Treatment had to start before authorization could be obtained',
      },
    });
    const insurer = page.getByTestId('answer-insurer');
    await expect(insurer).toContainText('Anthem Blue Cross');
    await expect(insurer).toContainText('Read from your letter');
    await expect(page.getByTestId('answer-denialDate')).toContainText('March 3, 2026');
    await expect(page.getByTestId('answer-patientName')).toContainText('Dana R. Whitfield');
    // axe runs in the page, so only with JavaScript.
    if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);

    // Back from "check your answers" and forward again loses nothing.
    await press(page, 'Back');
    await expect(page.getByTestId('step-title')).not.toHaveText('Check your answers');
    await fillRequired(page);
    await expect(page.getByTestId('answer-diagnosis')).toContainText('Relapsed mantle cell lymphoma');

    await page.getByRole('button', { name: 'Compose my letter' }).click();
    await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole('main')).toContainText('Anthem Blue Cross');
    await context.close();
  });

  test(`a pharmacy benefit manager's letter: the plan is the insurer, the manager is named; the plan type it suggests fills only when confirmed; what the notice left out reaches the claim-file request (${mode})`, async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await paste(page, 'optumrx-uhc-marketplace-mounjaro-step-therapy');
    for (let i = 0; i < 3 && (await page.getByTestId('step-title').textContent()) !== 'Your plan and your timing'; i++) await press(page, 'Continue');
    await expect(page.getByTestId('step-title')).toHaveText('Your plan and your timing');
    const hint = page.getByTestId('plan-hint');
    await expect(hint).toContainText('Your letter suggests: Individual or Marketplace plan');
    await expect(page.getByLabel('Kind of plan')).toHaveValue('');
    await hint.getByRole('button', { name: 'Yes, that is my kind of plan' }).click();
    await expect(page.getByLabel('Kind of plan')).toHaveValue('individual');
    await expect(page.getByTestId('plan-hint')).toHaveCount(0);

    await fillRequired(page, { skip: ['Kind of plan'], answers: { 'The patient already tried the required drug and it did not work or caused harm': 'yes' } });
    await expect(page.getByTestId('answer-insurer')).toContainText('UnitedHealthcare');
    await expect(page.getByTestId('answer-decidedBy')).toContainText('Optum Rx');
    const owed = page.getByTestId('notice-check');
    await expect(owed).toContainText('What your plan owed you in its notice');
    await expect(page.getByTestId('notice-missing')).toContainText('The denial code and its meaning');
    await expect(page.getByTestId('notice-missing')).toContainText('45 CFR 147.136(b)(2)(ii)(E)');

    await owed.getByRole('link', { name: /ask for your claim file/ }).click();
    await expect(page).toHaveURL(/\/claim-file-request\?planType=individual&missing=/);
    await expect(page.getByLabel('Kind of plan')).toHaveValue('individual');
    const gaps = page.getByTestId('notice-gaps');
    await expect(gaps.getByRole('checkbox').first()).toBeChecked();
    await page.getByLabel('Patient’s full name').fill('Morgan P. Dummy');
    await page.getByLabel('Insurance company or plan that denied it').fill('UnitedHealthcare');
    await page.getByLabel('Date on the denial letter').fill('2026-03-04');
    await page.getByRole('button', { name: 'Write my request' }).click();
    await expect(page.getByTestId('claim-file-preview')).toContainText('Your notice did not include the following');
    await expect(page.getByTestId('claim-file-preview')).toContainText('the denial code and its meaning');
    await context.close();
  });
}

test('a letter not in English fills nothing and says why', async ({ page }) => {
  await paste(page, 'spanish-aviso-denegacion-medicaid');
  await expect(page.getByTestId('letter-summary')).toContainText('does not seem to be in English');
  await expect(page.getByLabel('Insurance company, plan or agency that denied it')).toHaveValue('');
});

test('an empty paste gets an error next to the box; a code-only reason is left to the patient; a step with read answers passes axe', async ({ page }) => {
  await page.goto('/appeal');
  await press(page, 'Read my letter');
  await expect(page.locator('#f-letterText-error')).toContainText('Paste the text of your denial letter into the box first');
  await expect(page.getByLabel('Text of the denial letter')).toHaveAttribute('aria-invalid', 'true');

  await paste(page, 'bcbs-stelara-co11-eob');
  await expect(page.getByLabel('Why it was denied')).toHaveValue('');
  const link = page.getByTestId('letter-summary').getByRole('link', { name: /CO-11/ });
  await expect(link).toHaveAttribute('href', '/codes/co-11');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(page.getByLabel('Drug or service denied')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test(`Enter in a text field continues: it never removes a row (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(PREFILLED_FORM);
    await press(page, 'Start without a letter');
    await page.getByLabel('Claim or authorization number').fill('CLM-1');
    await page.getByLabel('Claim or authorization number').press('Enter');
    await expect(page.getByTestId('form-message')).toContainText('Please fix');
    await expect(page.getByLabel('Claim or authorization number')).toHaveValue('CLM-1');
    await context.close();
  });
}
