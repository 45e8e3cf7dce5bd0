/** `npx tsx scripts/screenshot.ts URL OUT-PREFIX`: phone and desktop PNGs of a page, for looking at it. */
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:3100/', out = '/tmp/shot'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run'] });
for (const [name, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.screenshot({ path: `${out}-${name}.png` });
  // Full pages are too tall to look at in one image: also save it in screen-high slices.
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = height, i = 1; y < total && i < 12; y += height, i++) {
    await page.screenshot({ path: `${out}-${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(height, total - y) } });
  }
  await page.close();
}
await browser.close();
