import { expect, type Page } from '@playwright/test';

export const GUIDE = '/guides/blue-cross-blue-shield/tecartus/prior-authorization';
export const PREFILLED_FORM = '/appeal?insurer=blue-cross-blue-shield&drug=tecartus&reason=prior-authorization';

/** Fills the required fields of a prefilled form; `skip` leaves some empty to test errors. */
export async function fillRequired(page: Page, { skip = [] as string[], diagnosis = 'Relapsed mantle cell lymphoma' } = {}) {
  const fill = async (label: string, value: string) => {
    if (!skip.includes(label)) await page.getByLabel(label, { exact: true }).fill(value);
  };
  await page.getByLabel('Kind of plan').selectOption('employer');
  await fill('Date on the denial letter', '2026-11-02');
  await page.getByLabel('Not yet: we need approval first').check();
  await fill('Patient’s full name', 'Jordan Sample');
  await fill('Member ID', 'XYZ123456');
  await fill('Prescribing doctor’s name', 'Dr. Ada Example');
  await fill('Specialty', 'Hematology');
  await fill('Diagnosis', diagnosis);
  const firstRow = page.getByTestId('criteria-row').first();
  await firstRow.getByLabel('Fact from the records').fill('Pathology on 2026-09-14 confirms relapsed mantle cell lymphoma');
  await firstRow.getByLabel('Document').fill('Pathology report, 2026-09-14');
}

/** Guide-prefilled form → valid submit → the preview; returns the preview URL. */
export async function composeLetter(page: Page, options?: Parameters<typeof fillRequired>[1]): Promise<string> {
  await page.goto(PREFILLED_FORM);
  await fillRequired(page, options);
  await page.getByRole('button', { name: 'Compose my letter' }).click();
  await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  return page.url();
}
