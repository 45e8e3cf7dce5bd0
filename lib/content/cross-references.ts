import type { ContentIssue } from './parse';
import type { ContentIndex, Guide, Insurer } from './types';

/**
 * What one content file says about another: a benefit manager's payers, an insurer's states, the manager
 * a guide names as its decider. Each must exist, and a guide's decider must have a sourced entry for its payer.
 */
export function crossReferenceIssues(index: ContentIndex, insurers: Insurer[], guides: Guide[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const m of index.benefitManagers.values()) {
    if (insurers.some((i) => i.slug === m.slug))
      issues.push({ file: m.file, line: 1, message: `\`${m.slug}\` is both an insurer and a benefit manager`, fix: 'rename one of the two files' });
    m.serves.forEach((s, i) => {
      if (!index.insurers.has(s.payer) || index.benefitManagers.has(s.payer))
        issues.push({
          file: m.file,
          line: 1,
          message: `\`serves.${i}.payer\`: unknown insurer \`${s.payer}\``,
          fix: `use an insurer slug from content/insurers/ (${insurers
            .map((x) => x.slug)
            .slice(0, 6)
            .join(', ')}, …)`,
        });
    });
  }
  for (const insurer of insurers) {
    for (const slug of insurer.states?.list ?? []) {
      if (!index.states.has(slug))
        issues.push({
          file: insurer.file,
          line: 1,
          message: `\`states.list\`: unknown state \`${slug}\``,
          fix: 'use a slug of content/states/ (new-york, district-of-columbia, …)',
        });
    }
  }
  for (const guide of guides) {
    if (!guide.decidedBy) continue;
    const manager = index.benefitManagers.get(guide.decidedBy);
    if (!manager)
      issues.push({
        file: guide.file,
        line: 1,
        message: `\`decidedBy\`: unknown benefit manager \`${guide.decidedBy}\``,
        fix: `use a slug from content/benefit-managers/ (${[...index.benefitManagers.keys()].join(', ')})`,
      });
    else if (!manager.serves.some((s) => s.payer === guide.insurer))
      issues.push({
        file: guide.file,
        line: 1,
        message: `\`decidedBy\`: ${manager.name} has no sourced \`serves\` entry for \`${guide.insurer}\``,
        fix: `add { payer: ${guide.insurer}, benefit, source } under \`serves\` in ${manager.file}, with a source that says so`,
      });
  }
  return issues;
}
