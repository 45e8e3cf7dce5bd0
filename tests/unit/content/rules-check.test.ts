import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '@/lib/content/check';
import { loadContent } from '@/lib/content/loader';
import { renderMarkdown } from '@/lib/content/markdown';
import { formatIssue } from '@/lib/content/parse';
import { checkRuleStatements, durationsIn } from '@/lib/content/rules-check';
import { guide, makeContent } from './fixture';

const G = 'guides/acme-health/drug-a/prior-authorization.md';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function problems(files: Record<string, string>) {
  const { dir } = makeContent(files);
  const { index, issues } = loadContent({ dir, includeDrafts: true });
  return [...issues, ...checkLinks(index), ...checkRuleStatements(index)].map(formatIssue);
}

const body = (text: string) => guide({ body: `## Why\n\nBecause.\n\n## Timeline\n\n${text}\n` });

describe('a deadline written as prose cannot be published', () => {
  it('rejects "within 60 days" in a guide body, with path, line, the words and the directive to use', () => {
    const found = problems({ [G]: body('File your appeal within 60 days of the notice.') });
    expect(found).toEqual([
      expect.stringMatching(
        /^.*guides\/acme-health\/drug-a\/prior-authorization\.md:19: a length of time written as prose: “60 days” — fix: .*:rule\[[a-z-]+\.appeal-window\]/,
      ),
    ]);
  });

  it.each(['72 hours', '72-hour', '4 calendar months', '180 days', 'six months', '5 business days', '3 working days', '14-day'])('catches %s', (phrase) => {
    expect(durationsIn(`The plan has ${phrase} here.`)).toEqual([phrase]);
  });

  it('ignores numbers that are not lengths of time', () => {
    expect(durationsIn('Call 1-800-555-0100, page 3, CO-197, 2026, or 12 weeks of treatment.')).toEqual([]);
  });

  it('rejects a length of time in front matter, naming the field', () => {
    const front = guide().split('---\n')[1]!.replace('documentation: Pathology report', 'documentation: Appeal within 180 days');
    expect(problems({ [G]: guide({ front }) })).toEqual([
      expect.stringMatching(/prior-authorization\.md:6: a length of time written as prose in `criteria\.0\.documentation`: “180 days”/),
    ]);
  });

  it('accepts the directive, a plan-scoped block with a directive, and a clinical length of time', () => {
    const text = [
      'You have :rule[employer.appeal-window]{short} to appeal.',
      '',
      ':::plans{only="medicare-advantage medicare-part-d"}',
      'Medicare plans give you :rule[medicare-part-d.appeal-window]{short}.',
      ':::',
      '',
      'The policy asks for a :clinical[3 months] trial of metformin.',
    ].join('\n');
    const front = guide().split('---\n')[1]!.replace('documentation: Pathology report', 'documentation: Notes showing a :clinical[90 days] trial');
    expect(problems({ [G]: guide({ front, body: `## Timeline\n\n${text}\n` }) })).toEqual([]);
  });

  it('rejects an unknown rule key, an unknown plan type and an unknown directive', () => {
    const found = problems({ [G]: body(':rule[employer.appeal-windw] and :deadline[x]\n\n:::plans{only="medicare-z"}\nText.\n:::') });
    expect(found).toContainEqual(expect.stringMatching(/:19: unknown rule `employer\.appeal-windw`/));
    expect(found).toContainEqual(expect.stringMatching(/:19: unknown directive `:deadline`/));
    expect(found).toContainEqual(expect.stringMatching(/:21: unknown plan type `medicare-z` in :::plans/));
  });

  it('still rejects a number inside a plan-scoped block: only the directive states a rule', () => {
    expect(problems({ [G]: body(':::plans{only="medicaid"}\nAsk within 60 days.\n:::') })).toEqual([
      expect.stringMatching(/:20: a length of time written as prose: “60 days”/),
    ]);
  });
});

describe('rendering', () => {
  it('renders a rule from the module, linked to its row on /how-we-count', () => {
    const html = renderMarkdown('You have :rule[medicare-part-d.appeal-window]{short}; in full: :rule[medicare-part-d.appeal-window].');
    expect(html).toContain('<a href="/how-we-count#medicare-part-d-appeal-window">65 days</a>');
    expect(html).toContain(
      '60 days after you receive the denial notice; the rule presumes you received it 5 days after its date, so 65 days from the date on the denial notice',
    );
  });

  it('labels a plan-scoped block with its plan types', () => {
    const html = renderMarkdown(':::plans{only="medicare-advantage"}\nThe plan sends your case on.\n:::');
    expect(html).toContain('<strong>For Medicare Advantage plans:</strong>');
    expect(html).toContain('The plan sends your case on.');
  });

  it('renders a clinical length of time as plain words', () => {
    expect(renderMarkdown('A :clinical[3 months] trial.')).toContain('A 3 months trial.');
  });
});

describe('npm run content:check on the real content', () => {
  it('passes', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^content ok:/);
  }, 60_000);
});

describe('the site’s own words state no rule', () => {
  // A length of time in page or form text outside the plan-rules module is either not a plan rule (these)
  // or a copy of one that goes wrong for some plan type, as "an expedited (72-hour) review" did on the form
  // (a Medicaid fair hearing's expedited clock is counted in working days).
  const NOT_RULES = new Set([
    'app/appeal/[id]/success/page.tsx: 10 days', // Stripe's refund timing, not an appeal rule
    'app/appeal/[id]/track/page.tsx: 1 day', // the plural of a computed count
    'lib/appeal/documents/evidence.ts: 3 months', // an example of how long a past treatment ran
  ]);
  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = `${dir}/${e.name}`;
      return e.isDirectory() ? sources(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
    });

  it('finds no length of time in app/, components/ or lib/ text outside lib/appeal/plans but the ones listed', () => {
    const files = ['app', 'components', 'lib'].flatMap(sources).filter((file) => !file.startsWith('lib/appeal/plans/'));
    const found = files.flatMap((file) =>
      fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
        .flatMap((line) => durationsIn(line).map((phrase) => `${file}: ${phrase}`)),
    );
    expect(found.filter((hit) => !NOT_RULES.has(hit))).toEqual([]);
    expect(found.length).toBeGreaterThan(0); // the scan reads the files it should
  });
});
