/** `npm run content:uniqueness`: each guide page's share of text no other guide page has (5-word shingles). */
import { contentDir, loadContent } from '@/lib/content/loader';
import { measureUniqueness, median, UNIQUE_FLOOR, UNIQUE_TARGET_MEDIAN } from '@/lib/content/uniqueness';
import { guideHtml } from './guide-html';

const { index } = loadContent({ dir: contentDir(), includeDrafts: false });
const rows = measureUniqueness(index, guideHtml(index)).sort((a, b) => a.share - b.share);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const r of rows) console.log(`${pct(r.share).padStart(6)}  ${r.guide.key}${r.mostSimilar ? `  (most like ${r.mostSimilar.key})` : ''}`);
const mid = median(rows.map((r) => r.share));
const below = rows.filter((r) => r.share < UNIQUE_FLOOR);
console.log(
  `\n${rows.length} guides: median ${pct(mid)} unique (target ≥ ${pct(UNIQUE_TARGET_MEDIAN)}), lowest ${pct(rows[0]?.share ?? 0)}, ${below.length} below the ${pct(UNIQUE_FLOOR)} floor`,
);
if (below.length || mid < UNIQUE_TARGET_MEDIAN) process.exit(1);
