import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/loader';
import { measureUniqueness, shingles, uniquenessIssues, visibleText } from '@/lib/content/uniqueness';
import { guideHtml } from '@/scripts/guide-html';
import { guide, makeContent } from './fixture';

/** A long body of words no other page has, seeded so each guide gets its own. */
function prose(seed: string, words = 400): string {
  const vocab = [
    'insulin',
    'pathology',
    'infusion',
    'referral',
    'formulary',
    'oncology',
    'biopsy',
    'dosage',
    'clinic',
    'review',
    'chart',
    'label',
    'trial',
    'scan',
    'policy',
    'notes',
  ];
  // mulberry32: a small deterministic generator, so each seed gets its own words.
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 7);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: words }, () => `${vocab[Math.floor(next() * vocab.length)]}${Math.floor(next() * 97)}`).join(' ');
}

describe('content:uniqueness', () => {
  it('measures visible text only: markup, JSON-LD and folded details bodies are not words on the page', () => {
    const text = visibleText(
      '<script type="application/ld+json">{"a":1}</script><p>One &amp; two</p><details><summary>Plan A</summary>hidden rules</details><details open><summary>B</summary>shown</details>',
    );
    expect(text.replace(/\s+/g, ' ').trim()).toBe('One & two Plan A B shown');
    expect(shingles('a b c d e f').size).toBe(2);
  });

  it('catches a near-copy guide, names the page it copies, and passes the originals', () => {
    const keys = [
      'acme-health/drug-a/prior-authorization',
      'acme-health/drug-b/prior-authorization',
      'zenith/drug-a/prior-authorization',
      'zenith/drug-c/step-therapy',
    ];
    const files = Object.fromEntries(keys.map((k) => [`guides/${k}.md`, guide({ body: `## Why\n\n${prose(k)}\n\n## Timeline\n\nSoon.\n` })]));
    // The near-copy: the same body as acme-health/drug-b, one word changed.
    files['guides/acme-health/drug-a/medical-necessity.md'] = guide({
      body: `## Why\n\n${prose('acme-health/drug-b/prior-authorization').replace(/^\S+/, 'changed')}\n\n## Timeline\n\nSoon.\n`,
    });
    const { dir } = makeContent(files);
    const { index } = loadContent({ dir, includeDrafts: true });
    const render = guideHtml(index);
    const rows = new Map(measureUniqueness(index, render).map((r) => [r.guide.key, r]));
    const copy = rows.get('acme-health/drug-a/medical-necessity')!;
    expect(copy.share).toBeLessThan(0.25);
    expect(copy.mostSimilar?.key).toBe('acme-health/drug-b/prior-authorization');
    expect(rows.get('zenith/drug-c/step-therapy')!.share).toBeGreaterThan(0.4);
    const issues = uniquenessIssues(index, render);
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      expect.stringMatching(
        /acme-health\/drug-a\/medical-necessity\.md: only \d+% of this guide page's text is its own .*most like \/guides\/acme-health\/drug-b\/prior-authorization/,
      ),
      expect.stringMatching(/acme-health\/drug-b\/prior-authorization\.md: only \d+% .*most like \/guides\/acme-health\/drug-a\/medical-necessity/),
    ]);
  });
});
