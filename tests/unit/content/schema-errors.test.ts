import { describe, expect, it } from 'vitest';
import { checkLinks } from '@/lib/content/check';
import { loadContent } from '@/lib/content/loader';
import { formatIssue } from '@/lib/content/parse';
import { guide, makeContent } from './fixture';

const G = 'guides/acme-health/drug-a/prior-authorization.md';

function problems(files: Record<string, string>) {
  const { dir } = makeContent(files);
  const { index, issues } = loadContent({ dir, includeDrafts: true });
  return [...issues, ...checkLinks(index)].map(formatIssue);
}

const validFront = guide().split('---\n')[1]!.trimEnd();

describe('content validation messages name the file, line and field', () => {
  it('accepts the valid fixture', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ['a missing field', validFront.replace(/^summary:.*\n/, ''), /prior-authorization\.md:2: missing required field `summary`/],
    ['a misspelt field', validFront.replace('summary:', 'sumary:'), /prior-authorization\.md:2: unknown field `sumary` — fix: did you mean `summary`\?/],
    [
      'a wrong type',
      validFront.replace('documentation: Pathology report', 'documentation: 5'),
      /prior-authorization\.md:6: `documentation` must be text \(at `criteria\.0\.documentation`\)/,
    ],
    [
      'an impossible date',
      validFront.replace('"2026-11-20"', '"2026-13-45"'),
      /prior-authorization\.md:3: `lastReviewed` must be a real date written as YYYY-MM-DD/,
    ],
    [
      'a date in the wrong format',
      validFront.replace('"2026-11-20"', 'Nov 20 2026'),
      /prior-authorization\.md:3: `lastReviewed` must be a real date written as YYYY-MM-DD/,
    ],
    [
      'a non-https source',
      validFront.replace('https://www.fda.gov/label', 'http://www.fda.gov/label'),
      /prior-authorization\.md:11: source `url` must be a full https:\/\/ address \(at `sources\.0\.url`\)/,
    ],
    [
      'a placeholder source',
      validFront.replace('https://www.fda.gov/label', 'https://example.com/replace'),
      /prior-authorization\.md:11: source `url` is still the example\.com placeholder/,
    ],
    ['no sources', validFront.replace(/sources:[\s\S]*$/, 'sources: []'), /prior-authorization\.md:9: .*add at least one source/],
    [
      'an empty criteria list',
      validFront.replace(/criteria:\n(  .*\n)+/, 'criteria: []\n'),
      /prior-authorization\.md:4: .*add at least one entry under `criteria`/,
    ],
    ['invalid YAML', validFront.replace('documents:', 'documents: [unclosed'), /prior-authorization\.md:\d+: front matter is not valid YAML/],
    [
      'a repeated field',
      validFront.replace(/^(summary:.*\n)/, '$1summary: again\n'),
      /prior-authorization\.md:3: front matter is not valid YAML: Map keys must be unique/,
    ],
  ])('reports %s', (_name, front, expected) => {
    const found = problems({ [G]: guide({ front }) });
    expect(
      found.some((p) => expected.test(p)),
      found.join('\n'),
    ).toBe(true);
  });

  it('reports a denial-code file with an unquoted code and an unknown group', () => {
    const code =
      '---\ncarc: 197\ngroups:\n  - XX\ntitle: Authorization missing\nmeaning: The plan says no authorization was on file for this service.\ndenialType: prior auth missing\nsources:\n  - title: X12\n    url: https://x12.org/codes\n---\n';
    const found = problems({ 'codes/co-197.md': code });
    expect(found).toContainEqual(expect.stringMatching(/codes\/co-197\.md:2: `carc` must be the code in quotes/));
    expect(found).toContainEqual(expect.stringMatching(/codes\/co-197\.md:4: .*group codes are CO, PR, OA or PI/));
  });

  it('reports a broken link in a learn article', () => {
    const article =
      '---\ntitle: External review explained\ndescription: What an independent external review is and how to ask for one in time.\nlastReviewed: "2026-11-20"\nsources:\n  - title: eCFR\n    url: https://www.ecfr.gov/x\n---\nSee [codes](/codes/co-999).\n';
    expect(problems({ 'learn/external-review.md': article })).toEqual([
      expect.stringMatching(/learn\/external-review\.md:9: broken internal link `\/codes\/co-999`/),
    ]);
  });

  it('reports a file without front matter', () => {
    expect(problems({ [G]: '# Just a heading\n' })).toContainEqual(
      expect.stringMatching(/prior-authorization\.md:1: file has no front matter — fix: start the file with a line `---`/),
    );
  });

  it('reports an unknown plan type on an insurer', () => {
    const insurer = '---\nname: Acme Health\nshortName: Acme\nplanTypes:\n  - medicare-z\nsources:\n  - title: S\n    url: https://www.acme.test/\n---\n';
    expect(problems({ 'insurers/acme-health.md': insurer })).toContainEqual(
      expect.stringMatching(/insurers\/acme-health\.md:5: .*plan type must be one of: employer/),
    );
  });

  it('reports unknown insurer, drug and reason slugs with the fix', () => {
    const found = problems({
      'guides/nobody/drug-a/prior-authorization.md': guide(),
      'guides/acme-health/drug-z/prior-authorization.md': guide(),
      'guides/acme-health/drug-a/denied-because.md': guide(),
    });
    expect(found).toContainEqual(
      expect.stringMatching(/guides\/nobody\/drug-a\/prior-authorization\.md:1: unknown insurer `nobody` — fix: create content\/insurers\/nobody\.md/),
    );
    expect(found).toContainEqual(expect.stringMatching(/drug-z\/prior-authorization\.md:1: unknown drug or service `drug-z`/));
    expect(found).toContainEqual(
      expect.stringMatching(/denied-because\.md:1: unknown denial reason `denied-because` — fix: name the file one of: prior-authorization\.md/),
    );
  });

  it('reports a duplicate guide for the same insurer, generic drug and reason', () => {
    const found = problems({
      'drugs/drug-a-brand.md':
        '---\nname: Drug A Brand\nkind: drug\ngeneric: drug-amab\nclass: Test class\ntreats:\n  - x\nsources:\n  - title: L\n    url: https://www.fda.gov/x\n---\n',
      'guides/acme-health/drug-a-brand/prior-authorization.md': guide(),
    });
    expect(found).toContainEqual(
      expect.stringMatching(
        /drug-a(-brand)?\/prior-authorization\.md:1: duplicate guide: .*drug-a(-brand)?\/prior-authorization\.md already covers this insurer, drug \(drug-amab\) and reason — fix: merge/,
      ),
    );
  });

  it('reports a non-kebab-case slug', () => {
    expect(problems({ 'guides/acme-health/Drug_A/prior-authorization.md': guide() })).toContainEqual(
      expect.stringMatching(/Drug_A\/prior-authorization\.md:1: drug slug `Drug_A` is not lowercase kebab-case — fix: rename .* `drug-a`/),
    );
  });

  it('reports a broken internal link on its body line', () => {
    const found = problems({
      [G]: guide({
        body: '## Why\n\nSee [the other guide](/guides/acme-health/drug-b/prior-authorization) and [a missing one](/guides/acme-health/drug-q/step-therapy).\n',
      }),
    });
    expect(found).toEqual([expect.stringMatching(/prior-authorization\.md:15: broken internal link `\/guides\/acme-health\/drug-q\/step-therapy`/)]);
  });

  it('reports a reason file missing from the fixed set', () => {
    const { dir } = makeContent();
    const { issues } = loadContent({ dir: `${dir}`, includeDrafts: true });
    expect(issues).toEqual([]);
    expect(problems({ 'reasons/lost-paperwork.md': '---\nlabel: lost it\nshort: lost\nanswer: An answer that is long enough.\n---\n' })).toContainEqual(
      expect.stringMatching(/reasons\/lost-paperwork\.md:1: `lost-paperwork` is not one of the denial reasons/),
    );
  });
});
