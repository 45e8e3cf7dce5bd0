import { expect, type Page } from '@playwright/test';

export const GUIDE = '/guides/blue-cross-blue-shield/tecartus/prior-authorization';
export const PREFILLED_FORM = '/appeal?insurer=blue-cross-blue-shield&drug=tecartus&reason=prior-authorization';

/** Answers for the guide-prefilled form, by the question's label. A radio or checkbox label with 'yes' is ticked. */
export const ANSWERS: Record<string, string> = {
  'Kind of plan': 'employer',
  'Date on the denial letter': '2026-11-02',
  'Not yet: we need approval first': 'yes',
  'Patient’s full name': 'Jordan Sample',
  'Member ID': 'XYZ123456',
  'Prescribing doctor’s name': 'Dr. Ada Example',
  Specialty: 'Hematology',
  Diagnosis: 'Relapsed mantle cell lymphoma',
  'Fact from the records': 'Pathology on 2026-09-14 confirms relapsed mantle cell lymphoma',
  Document: 'Pathology report, 2026-09-14',
};

export const stepTitle = (page: Page) => page.getByTestId('step-title').textContent();

/** Answers the questions this step shows (the first field of each label: the first criterion row). */
export async function answerStep(page: Page, answers: Record<string, string>) {
  for (const [label, value] of Object.entries(answers)) {
    const field = page.getByLabel(label, { exact: true }).first();
    if ((await page.getByLabel(label, { exact: true }).count()) === 0) continue;
    const kind = await field.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`);
    if (kind.startsWith('SELECT')) await field.selectOption(value);
    else if (kind.endsWith(':radio') || kind.endsWith(':checkbox')) {
      if (value === 'yes') await field.check();
    } else await field.fill(value);
  }
}

/** Presses a step's button and waits for the next page of the form (with or without JavaScript). */
export async function press(page: Page, name: string) {
  const before = await stepTitle(page);
  await page.getByRole('button', { name, exact: true }).click();
  await expect
    .poll(async () => (await stepTitle(page).catch(() => before)) !== before || (await page.getByTestId('form-message').count()) > 0, { timeout: 15_000 })
    .toBe(true);
}

/**
 * From the start page (or any step) to "check your answers": starts without a letter if on the start page,
 * then answers each step and continues. Fails with the form's message if a step does not accept its answers.
 */
export async function fillRequired(
  page: Page,
  { skip = [], diagnosis, answers = {} }: { skip?: string[]; diagnosis?: string; answers?: Record<string, string> } = {},
) {
  const all: Record<string, string> = { ...ANSWERS, ...(diagnosis ? { Diagnosis: diagnosis } : {}), ...answers };
  for (const label of skip) delete all[label];
  if ((await stepTitle(page)) === 'Start from your denial letter') await press(page, 'Start without a letter');
  for (let i = 0; i < 8 && (await stepTitle(page)) !== 'Check your answers'; i++) {
    await answerStep(page, all);
    const title = await stepTitle(page);
    await press(page, 'Continue');
    if ((await stepTitle(page)) === title)
      throw new Error(`the step "${title}" did not accept its answers: ${await page.getByTestId('form-message').textContent()}`);
  }
  await expect(page.getByTestId('check-answers')).toBeVisible();
}

/** Guide-prefilled form → every step → check your answers → the preview; returns the preview URL. */
export async function composeLetter(page: Page, options?: Parameters<typeof fillRequired>[1]): Promise<string> {
  await page.goto(PREFILLED_FORM);
  await fillRequired(page, options);
  await page.getByRole('button', { name: 'Compose my letter' }).click();
  await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
  return page.url();
}
