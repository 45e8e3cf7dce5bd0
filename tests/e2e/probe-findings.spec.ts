import { expect, test } from '@playwright/test';
import { composeLetter } from './helpers';

// Findings of the security probe that only the built site shows (headers, body limits, statuses).

test('the private link and the downloads send no Referer at all (the /appeal block overrode them with same-origin)', async ({ page, request }) => {
  const preview = await composeLetter(page);
  const id = new URL(preview).pathname.split('/')[2];
  const open = await request.get(`/appeal/${id}/open?key=not-the-key`, { maxRedirects: 0 });
  expect(open.status()).toBe(303);
  expect(open.headers()['referrer-policy']).toBe('no-referrer');
  const download = await page.request.get(`/appeal/${id}/letter/download?format=pdf`);
  expect(download.headers()['referrer-policy']).toBe('no-referrer');
  // Letter pages themselves keep same-origin (no-referrer would make Chrome send Origin: null with a form post).
  expect((await page.request.get(preview)).headers()['referrer-policy']).toBe('same-origin');
});

test('a server action posted with a wrong or empty Origin answers 403, not 500', async ({ request }) => {
  for (const origin of ['https://evil.example', '', 'null']) {
    const res = await request.post('/appeal', { headers: { Origin: origin, 'Next-Action': '0'.repeat(42) }, multipart: { intent: 'submit' } });
    expect(res.status(), `Origin: "${origin}"`).toBe(403);
  }
});

test('a paste over 1 MB gets the form’s own message, and what was typed stays', async ({ page }) => {
  await page.goto('/appeal');
  await page.getByLabel('Text of the denial letter').fill('Your request was denied. '.repeat(48_000));
  await page.getByRole('button', { name: 'Read my letter' }).click();
  await expect(page.getByTestId('field-error').filter({ hasText: /This is longer than a denial letter/ })).toBeVisible();
  await expect(page.getByTestId('step-title')).toHaveText('Start from your denial letter');
});

test('an unknown or forged session id on the success page goes back to the preview', async ({ page }) => {
  const preview = await composeLetter(page);
  const response = await page.goto(`${preview}/success?session_id=cs_test_forged_${'x'.repeat(20)}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(preview);
  await expect(page.getByTestId('pay')).toBeVisible();
});

test('the success page says what happened to a session that was never paid (it said the bank had not confirmed)', async ({ page }) => {
  const preview = await composeLetter(page);
  await page.getByLabel('Email for your receipt').fill('never-paid@example.com');
  await page.getByRole('button', { name: 'Unlock the full letter' }).click();
  await expect(page).toHaveURL(/\/c\/pay\//);
  const sessionId = page.url().split('/c/pay/')[1];
  await page.goto(`${preview}/success?session_id=${sessionId}`);
  await expect(page.getByTestId('payment-open')).toContainText('Nothing was charged');
  await expect(page.getByText(/bank has not confirmed/)).toHaveCount(0);
});

test('the webhook refuses a body over 1 MB before reading it, signed or not', async ({ request }) => {
  const res = await request.post('/api/stripe/webhook', {
    data: 'x'.repeat(2 * 1024 * 1024),
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': 't=1,v1=0' },
  });
  expect(res.status()).toBe(413);
});
