import { describe, expect, it } from 'vitest';
import { contentDir, loadContent } from '@/lib/content/loader';
import { buildSearchIndex, searchDocs } from '@/lib/search';

describe('site search', () => {
  const { index } = loadContent({ dir: contentDir(), includeDrafts: false });
  const docs = buildSearchIndex(index);

  it('indexes every published guide', () => {
    expect(docs.filter((d) => d.k === 'guide')).toHaveLength(index.guides.size);
  });

  it('finds a guide by drug name, in any case', () => {
    const hits = searchDocs(docs, 'tecartus').map((d) => d.u);
    expect(hits).toContain('/guides/blue-cross-blue-shield/tecartus/prior-authorization');
    expect(searchDocs(docs, 'TECART').map((d) => d.u)).toEqual(hits);
  });

  it('finds a guide by generic name and by an insurer alias', () => {
    expect(searchDocs(docs, 'brexucabtagene').map((d) => d.u)).toContain('/guides/blue-cross-blue-shield/tecartus/prior-authorization');
    const uhc = searchDocs(docs, 'UHC humira').map((d) => d.u);
    expect(uhc[0]).toMatch(/^\/guides\/unitedhealthcare\/humira\//);
  });

  it('finds a guide by a drug alias (a brand name the letter or the patient may use)', () => {
    const hits = searchDocs(docs, 'vitrakvi').map((d) => d.u);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((u) => u.includes('/pediatric-targeted-therapy/'))).toBe(true);
  });

  it('needs every word to match, and returns nothing for an empty query', () => {
    expect(searchDocs(docs, 'tecartus zzzz')).toEqual([]);
    expect(searchDocs(docs, '   ')).toEqual([]);
  });
});
