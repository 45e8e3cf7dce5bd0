import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { catalogFromContent } from '@/lib/appeal/read-letter';
import { getContent } from '@/lib/content/loader';
import { expectNoSeriousA11yViolations } from './axe';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/denials');
const names = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
const letter = (name: string) => fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
type Expected = { isDenial: boolean; insurer?: string; drug?: string; reason?: string; letterDate?: string; serviceDate?: string; claimNumber?: string; patientName?: string; memberId?: string; appealsAddress?: string };
const expected = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
const catalog = catalogFromContent(getContent());
const namesOf = (entries: typeof catalog.insurers, slug: string) => entries.find((e) => e.slug === slug)!.names;

async function pasteAndRead(page: Page, text: string) {
  await page.getByLabel('Text of the denial letter').fill(text);
  await page.getByRole('button', { name: 'Fill in the form from my letter' }).click();
  await expect(page.getByTestId('letter-summary')).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

  test(`a pasted letter fills the empty fields, marks them, keeps what was typed, then composes (${mode})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/appeal');
    await page.getByLabel('Patient’s full name').fill('Dana R. Whitfield');
    await page.getByLabel('Member ID').fill('MY-OWN-ID');
    const text = letter('anthem-keytruda-prior-authorization');
    await pasteAndRead(page, text);

    await expect(page.getByLabel('Insurance company')).toHaveValue('Anthem Blue Cross');
    await expect(page.getByLabel('Drug or service denied')).toHaveValue('Keytruda');
    await expect(page.getByLabel('Why it was denied')).toHaveValue('prior-authorization');
    await expect(page.getByLabel('Date on the denial letter')).toHaveValue('2026-03-03');
    await expect(page.getByLabel('Date of service')).toHaveValue('2026-02-10');
    await expect(page.getByLabel('Claim or authorization number')).toHaveValue('2026041A77913');
    await expect(page.getByLabel('Appeals address')).toHaveValue('Anthem Blue Cross Grievances and Appeals\nP.O. Box 4310\nWoodland Hills, CA 91365-4310');
    await expect(page.getByLabel('The reason in the insurer’s own words')).toHaveValue('The claim was denied because prior authorization was not obtained before the service was given.');
    // Flagged for confirmation, and the flag is read out with the field.
    for (const label of ['Insurance company', 'Appeals address', 'Drug or service denied', 'Why it was denied', 'Date on the denial letter', 'Date of service', 'Claim or authorization number']) {
      await expect(page.getByLabel(label), label).toHaveAccessibleDescription(/Read from your letter: please check it/);
    }
    // What the patient typed stays, unflagged, and the summary says so.
    await expect(page.getByLabel('Patient’s full name')).toHaveValue('Dana R. Whitfield');
    await expect(page.getByLabel('Member ID')).toHaveValue('MY-OWN-ID');
    await expect(page.getByLabel('Member ID')).not.toHaveAccessibleDescription(/Read from your letter/);
    const summary = page.getByTestId('letter-summary');
    await expect(summary).toContainText('You had already typed the member ID, so we kept your answer.');
    await expect(summary.getByRole('link', { name: /CO-197/ })).toHaveAttribute('href', '/codes/co-197');
    await expect(page.getByLabel('Text of the denial letter')).toHaveValue(text.replace(/\r\n/g, '\n'));
    if (javaScriptEnabled) await expect(page.locator('#form-status')).toBeFocused();

    // Fields the letter does not state are the patient's: fill them and compose.
    await page.getByLabel('Kind of plan').selectOption('employer');
    await page.getByLabel('Yes: the claim for it was denied').check();
    await page.getByLabel('Prescribing doctor’s name').fill('Dr. Ada Example');
    await page.getByLabel('Specialty').fill('Oncology');
    await page.getByLabel('Diagnosis').fill('Metastatic melanoma');
    await page.getByTestId('criteria-row').first().getByLabel('Coverage criterion').fill('Treatment had to start before authorization could be obtained');
    // A round trip (adding a row) keeps the flags.
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await expect(page.getByLabel('Insurance company')).toHaveAccessibleDescription(/Read from your letter/);
    await page.getByRole('button', { name: 'Compose my letter' }).click();
    await expect(page).toHaveURL(/\/appeal\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole('main')).toContainText('Anthem Blue Cross');
    await expect(page.getByRole('main')).toContainText('MY-OWN-ID');
    await context.close();
  });

  test(`every fixture letter prefills the form as its expectation says (${mode})`, async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    for (const name of names) {
      const want = expected(name);
      await page.goto('/appeal');
      await pasteAndRead(page, letter(name));
      const value = (label: string) => page.getByLabel(label).inputValue();
      if (!want.isDenial) {
        await expect(page.getByTestId('letter-summary'), name).toContainText('does not read like a denial');
        expect(await value('Insurance company'), name).toBe('');
        continue;
      }
      const insurer = await value('Insurance company');
      const drug = await value('Drug or service denied');
      if (want.insurer) expect(namesOf(catalog.insurers, want.insurer), `${name}: insurer`).toContain(insurer);
      else expect(insurer, `${name}: insurer`).toBe('');
      if (want.drug) expect(namesOf(catalog.drugs, want.drug), `${name}: drug`).toContain(drug);
      else expect(drug, `${name}: drug`).toBe('');
      expect(await page.locator('#f-reason').inputValue(), `${name}: reason`).toBe(want.reason ?? '');
      expect(await value('Date on the denial letter'), `${name}: letter date`).toBe(want.letterDate ?? '');
      expect(await value('Date of service'), `${name}: service date`).toBe(want.serviceDate ?? '');
      expect(await value('Claim or authorization number'), `${name}: claim`).toBe(want.claimNumber ?? '');
      expect(await value('Member ID'), `${name}: member ID`).toBe(want.memberId ?? '');
      expect(await value('Patient’s full name'), `${name}: patient`).toBe(want.patientName ?? '');
      expect(await value('Appeals address'), `${name}: appeals address`).toBe(want.appealsAddress ?? '');
      if (want.reason) await expect(page.locator('#f-reason-read'), name).toBeVisible();
      else await expect(page.getByTestId('letter-summary'), name).toContainText(/Not found in the letter, for you to fill in: [^.]*why it was denied/);
    }
    await context.close();
  });
}

test('an empty paste gets an error next to the box, and the page with flags passes axe', async ({ page }) => {
  await page.goto('/appeal');
  await page.getByLabel('Member ID').fill('KEEP-ME');
  await page.getByRole('button', { name: 'Fill in the form from my letter' }).click();
  await expect(page.locator('#f-letterText-error')).toHaveText('Paste the text of your denial letter into the box first');
  await expect(page.getByLabel('Text of the denial letter')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Member ID')).toHaveValue('KEEP-ME');

  await pasteAndRead(page, letter('humana-aat-medical-necessity-co50'));
  await expect(page.getByTestId('criteria-row')).toHaveCount(4);
  await expect(page.getByTestId('criteria-row').first().getByLabel('Coverage criterion')).toHaveAccessibleDescription(/Read from your letter/);
  await expectNoSeriousA11yViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test(`Enter in a text field submits the form: it neither reads the letter nor removes a row (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/appeal?insurer=blue-cross-blue-shield&drug=tecartus&reason=prior-authorization');
    await expect(page.getByTestId('criteria-row')).toHaveCount(4);
    await page.getByLabel('Patient’s full name').fill('Jordan Sample');
    await page.getByLabel('Patient’s full name').press('Enter');
    await expect(page.getByTestId('form-message')).toContainText('Please fix');
    await expect(page.locator('#f-letterText-error')).toHaveCount(0);
    await expect(page.getByTestId('criteria-row')).toHaveCount(4);
    await expect(page.getByLabel('Patient’s full name')).toHaveValue('Jordan Sample');
    await context.close();
  });
}

test('a CO-11 letter leaves the reason to the patient and links the code page', async ({ page }) => {
  await page.goto('/appeal');
  await pasteAndRead(page, letter('bcbs-stelara-co11-eob'));
  await expect(page.getByLabel('Why it was denied')).toHaveValue('');
  const link = page.getByTestId('letter-summary').getByRole('link', { name: /CO-11/ });
  await expect(link).toHaveAttribute('href', '/codes/co-11');
  await expect(link).toHaveAttribute('target', '_blank');
});
