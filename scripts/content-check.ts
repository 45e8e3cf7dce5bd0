/** `npm run content:check`: validates every content file and prints `path:line: message — fix: …`. */
import fs from 'node:fs';
import { checkLinks } from '@/lib/content/check';
import { contentDir, loadContent } from '@/lib/content/loader';
import { formatIssue } from '@/lib/content/parse';
import { checkRuleStatements } from '@/lib/content/rules-check';
import { secondhandCitations } from '@/lib/content/secondhand';
import { uniquenessIssues } from '@/lib/content/uniqueness';
import { guideHtml } from './guide-html';

const { index, issues } = loadContent({ dir: contentDir(), includeDrafts: true });
issues.push(...checkLinks(index), ...checkRuleStatements(index), ...uniquenessIssues(index, guideHtml(index)));

if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem(s) in content. Fix them and run \`npm run content:check\` again.`);
  process.exit(1);
}
const guideFiles = [...index.guides.values()].map((g) => ({ file: g.file, text: fs.readFileSync(g.file, 'utf8') }));
const secondhand = new Set(secondhandCitations(guideFiles).map((c) => c.file));
console.log(
  `content ok: ${index.guides.size} guides, ${index.insurers.size} insurers, ${index.drugs.size} drugs and services, ${index.reasons.size} reasons, ${index.learn.size} articles, ${index.codes.size} denial codes`,
);
if (secondhand.size)
  console.log(`${secondhand.size} of ${index.guides.size} guides cite a second-hand copy or summary of a source: \`npm run content:sources\` lists them.`);
