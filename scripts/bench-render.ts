/**
 * `npm run bench:render [-- --dir D]`: our own work per guide page, without Next. Loads a content folder
 * (content/ unless --dir, or CONTENT_DIR) and renders every guide's main content as the build does
 * (GuideView), in one process, then prints the content load time and milliseconds per guide. bench:build
 * runs it on its synthetic corpus and sets the figure beside what Next itself costs per page.
 * `--json` prints one JSON line instead.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, loadContent } from '@/lib/content/loader';
import { guideHtml } from './guide-html';

const { values } = parseArgs({ options: { dir: { type: 'string' }, json: { type: 'boolean', default: false } } });
const dir = values.dir ? path.resolve(values.dir) : contentDir();

const loadStart = performance.now();
const { index } = loadContent({ dir, includeDrafts: false });
const loadMs = performance.now() - loadStart;
const guides = [...index.guides.values()];
const render = guideHtml(index);

// A first pass warms the JIT and the per-drug and per-insurer lookups, as a build worker's first pages do.
for (const guide of guides.slice(0, 200)) render(guide);
let bytes = 0;
const started = performance.now();
for (const guide of guides) bytes += render(guide).length;
const renderMs = performance.now() - started;

const result = {
  guides: guides.length,
  loadSeconds: loadMs / 1000,
  msPerGuide: renderMs / Math.max(1, guides.length),
  bytesPerGuide: bytes / Math.max(1, guides.length),
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`content load:   ${result.loadSeconds.toFixed(2)} s (${result.guides} guides in ${path.relative(process.cwd(), dir) || dir})`);
  console.log(`guide render:   ${result.msPerGuide.toFixed(2)} ms per guide (GuideView, ${Math.round(result.bytesPerGuide)} characters of HTML each)`);
}
