import { expect, test, type Page } from '@playwright/test';
import { PLAN_RULES, PLAN_TYPES } from '@/lib/appeal/plans';
import { UNSUPPORTED_PLANS } from '@/lib/appeal/plans/unsupported';
import { expectNoSeriousA11yViolations } from './axe';
import { fillRequired, GUIDE, PREFILLED_FORM, press } from './helpers';

/** From the guide-prefilled form to the plan step, with a claim number typed on the way to show it is kept. */
async function toPlanStep(page: Page) {
  await page.goto(PREFILLED_FORM);
  await press(page, 'Start without a letter');
  await page.getByLabel('Claim or authorization number').fill('KEEP-77');
  await page.getByLabel('Date on the denial letter').fill('2026-11-02');
  await press(page, 'Continue');
  await expect(page.getByTestId('step-title')).toHaveText('Your plan and your timing');
}

test('without JavaScript, "find your plan type" inside the form lands a state employee on the government plan type, keeps what was typed, and the letter never says ERISA', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await toPlanStep(page);
  await page.getByTestId('open-plan-finder').click();

  await expect(page.getByTestId('plan-finder')).toContainText('Question 1: Who gives you the coverage that denied this?');
  await page.getByLabel(/A job with a state, county, city/).check();
  await page.getByTestId('plan-finder').getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('plan-finder')).toContainText('Question 2');
  await page.getByLabel('No, or it does not mention it').check();
  await page.getByTestId('plan-finder').getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByTestId('plan-finder-result')).toContainText(`Your plan type: ${PLAN_RULES['government-employer'].label}`);
  await expect(page.getByTestId('plan-finder-result')).toContainText('ERISA does not cover government plans');
  await expect(page.getByLabel('Kind of plan')).toHaveValue('government-employer');

  await fillRequired(page, { skip: ['Kind of plan'], answers: { 'Patient’s full name': 'Casey Public' } });
  await expect(page.getByTestId('answer-claimNumber')).toContainText('KEEP-77');
  await page.getByRole('button', { name: 'Compose my letter' }).click();
  await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('letter-preview')).toContainText('Casey Public');
  await expect(page.getByTestId('letter-deadlines')).toContainText('45 CFR 147.136(b)(2)(i)');
  expect(await page.locator('main').innerText()).not.toMatch(/ERISA/);
  await context.close();
});

test('the standalone finder is a GET form that hands its answer to the letter form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/plan-type');
  await page.getByLabel(/Medicare, and I use a private plan’s card/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/plan-type\?coverage=medicare-plan$/);
  await page.getByLabel(/A prescription drug I get at a pharmacy/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('plan-finder-result')).toContainText('Medicare Part D');
  await page.getByTestId('use-plan-type').click();
  await expect(page).toHaveURL('/appeal?planType=medicare-part-d');
  await press(page, 'Start without a letter');
  await fillRequired(page, {
    skip: ['Kind of plan'],
    answers: {
      'Insurance company, plan or agency that denied it': 'Acme Medicare Rx',
      'Drug or service denied': 'Ozempic',
      'Why it was denied': 'non-formulary',
      'Coverage criterion': 'Semaglutide is covered for type 2 diabetes',
    },
  });
  await expect(page.getByTestId('answer-planType')).toContainText('Medicare Part D');

  await page.goto('/plan-type?coverage=va');
  await expect(page.getByTestId('plan-finder-result')).toContainText(UNSUPPORTED_PLANS.va.answer);
  await context.close();
});

test('axe finds nothing serious on the finder and on a question inside the letter form', async ({ page }) => {
  await page.goto('/plan-type?coverage=medicaid-chip');
  await expectNoSeriousA11yViolations(page);
  await toPlanStep(page);
  await page.getByTestId('open-plan-finder').click();
  await expect(page.getByTestId('plan-finder')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a plan type we cannot draft for gets the honest answer next to the field, and keeps what was typed', async ({ page }) => {
  await toPlanStep(page);
  await page.getByLabel('Kind of plan').selectOption('va');
  await press(page, 'Continue');
  await expect(page.locator('#f-planType-error')).toHaveText(UNSUPPORTED_PLANS.va.answer);
  await expect(page.getByLabel('Kind of plan')).toHaveValue('va');
  await press(page, 'Back');
  await expect(page.getByLabel('Claim or authorization number')).toHaveValue('KEEP-77');
});

test('/how-we-count lists every plan type with its rules and citations', async ({ page }) => {
  await page.goto('/how-we-count');
  await expect(page.getByTestId('plan-section')).toHaveCount(PLAN_TYPES.length);
  for (const type of PLAN_TYPES) {
    const section = page.locator(`section#${type}`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(PLAN_RULES[type].label);
    await expect(section.locator(`#${type}-appeal-window`)).toContainText(PLAN_RULES[type].appealWindow.citation);
  }
  await expectNoSeriousA11yViolations(page);
});

test('a guide’s deadline links reach their rows on /how-we-count', async ({ page }) => {
  await page.goto(GUIDE);
  const table = page.getByTestId('deadline-table');
  await table.locator('summary').first().click();
  const link = table.getByRole('link', { name: 'How we count' }).first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/how-we-count#[a-z-]+$/);
  await link.click();
  await expect(page).toHaveURL(href);
  const row = page.locator(href.slice(href.indexOf('#')));
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-testid', 'rule-row');
});
