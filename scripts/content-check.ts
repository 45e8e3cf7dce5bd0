/** `npm run content:check`: validates every content file and prints `path:line: message — fix: …`. */
import { checkLinks } from '@/lib/content/check';
import { contentDir, loadContent } from '@/lib/content/loader';
import { formatIssue } from '@/lib/content/parse';
import { checkRuleStatements } from '@/lib/content/rules-check';
import { uniquenessIssues } from '@/lib/content/uniqueness';
import { guideHtml } from './guide-html';

const { index, issues } = loadContent({ dir: contentDir(), includeDrafts: true });
issues.push(...checkLinks(index), ...checkRuleStatements(index), ...uniquenessIssues(index, guideHtml(index)));

if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem(s) in content. Fix them and run \`npm run content:check\` again.`);
  process.exit(1);
}
console.log(
  `content ok: ${index.guides.size} guides, ${index.insurers.size} insurers, ${index.drugs.size} drugs and services, ${index.reasons.size} reasons, ${index.learn.size} articles, ${index.codes.size} denial codes`,
);
