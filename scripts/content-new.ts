/**
 * `npm run content:new -- --insurer aetna --drug humira --reason step-therapy`
 * Scaffolds a draft guide, and the insurer and drug files when they are missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '@/lib/content/loader';
import { isReason, REASONS } from '@/lib/content/reasons';
import { isSlug } from '@/lib/content/schema';

const { values } = parseArgs({ options: { insurer: { type: 'string' }, drug: { type: 'string' }, reason: { type: 'string' } } });
const { insurer = '', drug = '', reason = '' } = values;

const problems: string[] = [];
if (!isSlug(insurer)) problems.push('--insurer must be a kebab-case slug, e.g. --insurer blue-cross-blue-shield');
if (!isSlug(drug)) problems.push('--drug must be a kebab-case slug, e.g. --drug tecartus');
if (!isReason(reason)) problems.push(`--reason must be one of: ${REASONS.join(', ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}

const root = contentDir();
const today = new Date().toISOString().slice(0, 10);
const titleCase = (slug: string) =>
  slug
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
const created: string[] = [];

function write(rel: string, text: string) {
  const file = path.join(root, rel);
  if (fs.existsSync(file)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  created.push(path.relative(process.cwd(), file));
  return true;
}

write(
  `insurers/${insurer}.md`,
  `---
name: ${titleCase(insurer)}
shortName: ${titleCase(insurer)}
aliases: []
planTypes:
  - employer
appeals:
  note: Use the appeals address on your denial letter or the back of your member card.
sources:
  - title: ${titleCase(insurer)} — member appeals page
    url: https://example.com/replace-with-the-insurer-source
---
One to three sentences on how appeals work with this insurer.
`,
);

write(
  `drugs/${drug}.md`,
  `---
name: ${titleCase(drug)}
kind: drug
generic: replace with the generic name
aliases: []
class: replace with the drug class
treats:
  - replace with an FDA-approved use, in plain words
sources:
  - title: FDA label for ${titleCase(drug)}
    url: https://example.com/replace-with-the-label-source
---
One or two sentences about what it is and why plans review it.
`,
);

const guideFile = `guides/${insurer}/${drug}/${reason}.md`;
if (
  !write(
    guideFile,
    `---
summary: Replace with one or two plain sentences (40 to 300 characters) saying why this denial happens and what to do first.
lastReviewed: "${today}"
draft: true
criteria:
  - criterion: Replace with a coverage criterion from the insurer's policy or the FDA label
    documentation: Replace with the chart document that shows it is met
documents:
  - The denial letter and the plan's policy for this drug or service
sources:
  - title: Replace with the source of the facts on this page
    url: https://example.com/replace-with-the-source
---
## Why ${titleCase(insurer)} denies ${titleCase(drug)} for this reason

Explain, in your own words, why this happens.

## Why this denial is appealable

Explain the patient's way out.

## Timeline

What to do this week, and what to expect.
`,
  )
) {
  console.error(`${path.join('content', guideFile)} already exists; nothing to scaffold.`);
  process.exit(1);
}

console.log(`Created:\n${created.map((f) => `  ${f}`).join('\n')}`);
console.log(`\nThe guide is a draft: it shows in the local site (npm run dev) at /guides/${insurer}/${drug}/${reason}`);
console.log('Replace every "replace" text and example.com source, remove `draft: true`, then run npm run content:check.');
