import { expect, test } from '@playwright/test';
import { contentDir, loadContent } from '@/lib/content/loader';
import { expectNoSeriousA11yViolations } from './axe';

const LAUNCH = '/guides/blue-cross-blue-shield/tecartus/prior-authorization';
const OG_IMAGE = '/og/blue-cross-blue-shield/tecartus/prior-authorization';

test('a launch guide shows its title, deadlines, criteria and the letter call to action', async ({ page }) => {
  await page.goto(LAUNCH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tecartus denied for missing prior authorization by Blue Cross Blue Shield?');
  await expect(page.getByTestId('answer')).toContainText('Submit the authorization request now');
  const deadlines = page.getByTestId('deadline-table');
  await expect(deadlines).toContainText('Medicare Advantage (Part C)');
  await expect(deadlines).toContainText('65 days from the date on the denial notice');
  await expect(deadlines).toContainText('4 calendar months');
  const criteria = page.getByTestId('criteria-table');
  // One row per criterion in the guide's front matter, and a header row.
  const guide = loadContent({ dir: contentDir(), includeDrafts: false }).index.guides.get('blue-cross-blue-shield/tecartus/prior-authorization')!;
  await expect(criteria.getByRole('row')).toHaveCount(guide.criteria.length + 1);
  await expect(criteria).toContainText(guide.criteria[0]!.documentation);
  const cta = page.getByTestId('letter-cta').getByRole('link', { name: 'Draft my appeal letter' });
  await expect(cta).toHaveAttribute('href', '/appeal?insurer=blue-cross-blue-shield&drug=tecartus&reason=prior-authorization');
  await expect(page.getByTestId('letter-cta')).toContainText('$30 on your first letter with code SEO25');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://denialhelp.example${LAUNCH}`);
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd ?? '{}')['@graph'].map((n: { '@type': string }) => n['@type'])).toEqual(['Article', 'BreadcrumbList']);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `https://denialhelp.example${OG_IMAGE}`);
});

test('the guide page ships no client script of its own', async ({ page }) => {
  await page.goto(LAUNCH);
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src') ?? ''));
  expect(scripts.filter((src) => src.includes('/guides/'))).toEqual([]);
});

test('the Open Graph image renders', async ({ request }) => {
  const response = await request.get(OG_IMAGE);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('hubs link through to the guide', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Blue Cross Blue Shield', exact: true }).click();
  await expect(page).toHaveURL(/\/guides\/blue-cross-blue-shield$/);
  await page.getByRole('link', { name: 'Tecartus', exact: true }).click();
  await expect(page).toHaveURL(/\/guides\/blue-cross-blue-shield\/tecartus$/);
  await page.getByRole('link', { name: 'denied for missing prior authorization' }).click();
  await expect(page).toHaveURL(new RegExp(`${LAUNCH}$`));
  await page.goto('/denials/prior-authorization');
  await expect(page.locator(`a[href="${LAUNCH}"]`).first()).toBeVisible();
});

test('the guide finder works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Your insurer').selectOption('blue-cross-blue-shield');
  await page.getByLabel('Drug or service').selectOption('tecartus');
  await page.getByLabel('Why it was denied').selectOption('prior-authorization');
  await page.getByRole('button', { name: 'Find my guide' }).click();
  await expect(page).toHaveURL(new RegExp(`${LAUNCH}$`));
  await context.close();
});

for (const path of [
  '/guides/blue-cross-blue-shield/tecartus/not-a-reason',
  '/guides/nobody',
  '/guides/blue-cross-blue-shield/nothing',
  '/denials/lost-paperwork',
]) {
  test(`unknown slug ${path} is a 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  });
}

test('the sitemap lists every published guide, and robots.txt points at it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const { index } = loadContent({ dir: contentDir(), includeDrafts: false });
  expect(index.guides.size).toBeGreaterThan(30);
  for (const guide of index.guides.values()) {
    expect(xml).toContain(`<loc>https://denialhelp.example/guides/${guide.key}</loc>`);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://denialhelp.example/sitemap.xml');
});

for (const path of ['/', '/guides/blue-cross-blue-shield', LAUNCH]) {
  test(`axe finds nothing serious on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  });
}

test('search finds a guide by drug name and by insurer alias, and loads its index only when used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(LAUNCH);
  await page.goto('/search');
  expect(fetched).not.toContain('/search-index.json');
  await page.getByLabel('Search guides, articles and denial codes').fill('tecartus');
  await expect(page.getByTestId('search-results').locator(`a[href="${LAUNCH}"]`)).toBeVisible();
  expect(fetched).toContain('/search-index.json');
  await page.getByLabel('Search guides, articles and denial codes').fill('UHC humira');
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveAttribute('href', /^\/guides\/unitedhealthcare\/humira\//);
  await expectNoSeriousA11yViolations(page);
});
