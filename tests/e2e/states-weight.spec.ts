import { expect, test } from '@playwright/test';
import { contentDir, loadContent } from '@/lib/content/loader';
import { expectNoSeriousA11yViolations } from './axe';
import { GUIDE } from './helpers';

const index = loadContent({ dir: contentDir(), includeDrafts: false }).index;
const states = [...index.states.values()];

test('all 51 state pages answer 200 with their sources, and unsourced facts say so', async ({ request }) => {
  expect(states).toHaveLength(51);
  for (const state of states) {
    const response = await request.get(`/states/${state.slug}`);
    expect(response.status(), state.slug).toBe(200);
    const html = await response.text();
    expect(html).toContain(`Health insurance appeals in ${state.name}`);
    for (const block of [state.externalReview, state.consumerAssistance, state.stepTherapyLaw, state.medicaidFairHearing, ...state.regulators]) {
      if (block) expect(html, `${state.slug}: ${block.source.url}`).toContain(block.source.url.replace(/&/g, '&amp;'));
    }
    const missing =
      [state.externalReview, state.consumerAssistance, state.stepTherapyLaw, state.medicaidFairHearing].filter((b) => !b).length +
      (state.regulators.length ? 0 : 1);
    expect((html.match(/data-testid="not-verified"/g) ?? []).length, state.slug).toBe(missing);
  }
  const index = await (await request.get('/states')).text();
  for (const state of states) expect(index).toContain(`href="/states/${state.slug}"`);
});

test('axe finds nothing serious on a state page and on a benefit manager’s guide', async ({ page }) => {
  await page.goto('/states/california');
  await expect(page.getByTestId('state-external-review')).toContainText('Source:');
  await expectNoSeriousA11yViolations(page);
  const pbmGuide = [...index.guides.values()].find((g) => index.insurers.get(g.insurer)?.kind === 'pbm');
  test.skip(!pbmGuide, 'no benefit-manager guide published yet');
  await page.goto(`/guides/${pbmGuide!.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

// Guides and the hubs above them are served as plain HTML; hovering a link (where Next would prefetch) fetches nothing.
for (const [what, path] of [
  ['a guide', GUIDE],
  ['an insurer hub', '/guides/blue-cross-blue-shield'],
  ['an insurer and drug hub', '/guides/blue-cross-blue-shield/tecartus'],
] as const) {
  test(`${what} is plain HTML: no scripts, and no prefetch or other request beyond the page and its stylesheet`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.resourceType()} ${r.url()}`));
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://denialhelp.example${path}`);
    await page.mouse.move(100, 400);
    await page.locator('main a[href^="/guides/"]').last().hover();
    await page.waitForTimeout(500);
    const other = requests.filter((r) => !/^(document|stylesheet) /.test(r));
    expect(other).toEqual([]);
    expect(requests.filter((r) => r.startsWith('document'))).toHaveLength(1);
  });
}

test('without JavaScript, choosing your kind of plan opens its rules first and folds the others', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE);
  const table = page.getByTestId('deadline-table');
  const partD = table.locator('details[data-plan="medicare-part-d"]');
  const employer = table.locator('details[data-plan="employer"]');
  await expect(partD).not.toHaveAttribute('open', '');
  await partD.locator('summary').click();
  await expect(partD).toHaveAttribute('open', '');
  await expect(partD).toContainText('42 CFR 423.582(b)');
  const [partDBox, employerBox] = [await partD.boundingBox(), await employer.boundingBox()];
  expect(partDBox!.y).toBeLessThan(employerBox!.y);
  await employer.locator('summary').click();
  await expect(employer).toHaveAttribute('open', '');
  await expect(partD).not.toHaveAttribute('open', '');
  await context.close();
});
