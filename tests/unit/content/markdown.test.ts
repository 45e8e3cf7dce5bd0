import fc from 'fast-check';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkRuleDirectives } from '@/lib/content/directives';
import { contentDir, loadContent } from '@/lib/content/loader';
import { renderGuideBody, renderMarkdown } from '@/lib/content/markdown';

// The reference: always GitHub-flavoured.
const reference = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkRuleDirectives)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify);
const full = (md: string) => String(reference.processSync(md));

describe('renderMarkdown', () => {
  it('gives exactly the GitHub-flavoured HTML for every body in the content', () => {
    const { index } = loadContent({ dir: contentDir(), includeDrafts: true });
    const bodies = [...index.guides.values(), ...index.learn.values(), ...index.codes.values(), ...index.reasons.values(), ...index.states.values()].map(
      (f) => f.body,
    );
    for (const body of bodies) expect(renderMarkdown(body)).toBe(full(body));
  }, 60_000); // every body in the content, twice: seconds, and more as the content grows

  it('still renders tables, strikethrough and bare links', () => {
    expect(renderMarkdown('| a |\n| - |\n| b |')).toContain('<table>');
    expect(renderMarkdown('~~old~~ and https://www.cms.gov')).toContain('<del>old</del>');
    expect(renderMarkdown('see www.cms.gov')).toContain('<a href="http://www.cms.gov">');
  });

  it('agrees with the reference on random Markdown', () => {
    const piece = fc.constantFrom(
      'word ',
      '**bold** ',
      '_em_ ',
      '[link](/x) ',
      '\n\n',
      '- item\n',
      '1. one\n',
      '## Head\n',
      '`code` ',
      '> quote\n',
      'a | b ',
      '~x~ ',
      'mail@x.org ',
      'www.x.org ',
      '[^1] ',
      '[ ] ',
      ':clinical[3 months] ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const md = parts.join('');
        expect(renderMarkdown(md)).toBe(full(md));
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderGuideBody', () => {
  it('splits the rendered body before its Timeline heading', () => {
    expect(renderGuideBody('## Why\n\nA\n\n## Timeline\n\nB\n')).toEqual(['<h2>Why</h2>\n<p>A</p>', '<h2>Timeline</h2>\n<p>B</p>']);
    expect(renderGuideBody('## Why\n')).toEqual(['<h2>Why</h2>', '']);
  });

  it('renders the two halves as the whole body renders', () => {
    const { index } = loadContent({ dir: contentDir(), includeDrafts: true });
    for (const guide of index.guides.values()) {
      const [before, timeline] = renderGuideBody(guide.body);
      expect(timeline, guide.key).toMatch(/^<h2>Timeline/);
      expect(`${before}\n${timeline}`, guide.key).toBe(renderMarkdown(guide.body));
    }
  });

  it('resolves a link reference defined in the other half, and ignores a Timeline heading in code', () => {
    const [before, timeline] = renderGuideBody('See [the policy][p].\n\n```\n## Timeline\n```\n\n## Timeline\n\nSoon.\n\n[p]: https://example.org/policy\n');
    expect(before).toContain('<a href="https://example.org/policy">the policy</a>');
    expect(before).toContain('<code>## Timeline');
    expect(timeline).toBe('<h2>Timeline</h2>\n<p>Soon.</p>');
  });
});
