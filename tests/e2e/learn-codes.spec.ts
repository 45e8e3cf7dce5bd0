import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

const ARTICLES = [
  'prior-authorization-denied',
  'letter-of-medical-necessity',
  'peer-to-peer-review',
  'external-review',
  'step-therapy-exception',
  'how-to-tell-your-plan-type',
];

test('every evergreen article is live and linked from the learn index', async ({ page }) => {
  await page.goto('/learn');
  for (const slug of ARTICLES) await expect(page.locator(`a[href="/learn/${slug}"]`)).toBeVisible();
  const response = await page.goto('/learn/external-review');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('main')).toContainText('4 calendar months');
});

test('a code page explains the code and links to its denial-reason hub and the prefilled letter form', async ({ page }) => {
  await page.goto('/codes');
  await page.getByRole('link', { name: 'CO-197' }).click();
  await expect(page).toHaveURL(/\/codes\/co-197$/);
  await expect(page.locator('a[href="/denials/prior-authorization"]').first()).toBeVisible();
  await expect(page.getByTestId('letter-cta').getByRole('link')).toHaveAttribute('href', '/appeal?reason=prior-authorization');
});

test('CO-11 is explained as a diagnosis and procedure mismatch, not a missing authorization', async ({ page }) => {
  await page.goto('/codes/co-11');
  await expect(page.getByTestId('code-meaning')).toContainText(/diagnosis/i);
  await expect(page.getByRole('main').locator('a[href="/denials/prior-authorization"]')).toHaveCount(0);
});

test('guides link to the articles for their reason', async ({ page }) => {
  await page.goto('/guides/blue-cross-blue-shield/tecartus/prior-authorization');
  await expect(page.getByTestId('learn-more').locator('a[href="/learn/prior-authorization-denied"]')).toBeVisible();
});

for (const path of ['/learn/external-review', '/codes', '/codes/co-197']) {
  test(`axe finds nothing serious on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  });
}
