import { describe, expect, it } from 'vitest';
import { secondhandCitations, secondhandHost } from '@/lib/content/secondhand';

describe('second-hand sources', () => {
  it('finds a document-sharing copy or a third-party summary, with its file and line, and a subdomain of one', () => {
    const text = [
      '---',
      'sources:',
      '  - title: Policy',
      '    url: https://docslib.org/doc/123/some-payer-policy',
      '  - title: Label',
      '    url: https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=abc',
      '---',
      'See [the summary](https://www.readkong.com/page/x) and [eCFR](https://www.ecfr.gov/current/title-29/section-2560.503-1).',
    ].join('\n');
    expect(secondhandCitations([{ file: 'content/guides/a/b/c.md', text }])).toEqual([
      { file: 'content/guides/a/b/c.md', line: 4, url: 'https://docslib.org/doc/123/some-payer-policy', host: 'docslib.org' },
      { file: 'content/guides/a/b/c.md', line: 8, url: 'https://www.readkong.com/page/x', host: 'readkong.com' },
    ]);
  });

  it('does not take a publisher’s own site, or a host that only ends in the same letters', () => {
    expect(secondhandHost('www.ecfr.gov')).toBeUndefined();
    expect(secondhandHost('securecms.highmark.com')).toBeUndefined();
    expect(secondhandHost('notdocslib.org')).toBeUndefined();
    expect(secondhandHost('GENHEALTH.AI')).toBe('genhealth.ai');
  });
});
