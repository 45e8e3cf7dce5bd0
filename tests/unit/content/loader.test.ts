import { describe, expect, it } from 'vitest';
import { findPath } from '@/lib/content/find';
import { contentDir, loadContent, relatedGuides } from '@/lib/content/loader';
import { whomToAsk } from '@/lib/content/state-facts';
import { appealPath, guideNames, prerenderedGuides } from '@/lib/content/queries';
import { sitemapChunk, sitemapEntries, sitemapRoot } from '@/lib/sitemap';
import { guide, makeContent } from './fixture';

function load(files: Record<string, string> = {}, includeDrafts = false) {
  const { index, issues } = loadContent({ dir: makeContent(files).dir, includeDrafts });
  expect(issues).toEqual([]);
  return index;
}

const keys = (guides: { key: string }[]) => guides.map((g) => g.key).sort();

describe('content index', () => {
  it('indexes guides by insurer, drug, reason and their pairs', () => {
    const index = load();
    expect(index.guides.size).toBe(5);
    expect(keys(index.byInsurer.get('acme-health')!)).toEqual([
      'acme-health/drug-a/medical-necessity',
      'acme-health/drug-a/prior-authorization',
      'acme-health/drug-b/prior-authorization',
    ]);
    expect(keys(index.byDrug.get('drug-a')!)).toHaveLength(3);
    expect(keys(index.byReason.get('prior-authorization')!)).toHaveLength(3);
    expect(keys(index.byInsurerDrug.get('acme-health/drug-a')!)).toHaveLength(2);
    expect(keys(index.byInsurerReason.get('zenith/step-therapy')!)).toEqual(['zenith/drug-c/step-therapy']);
  });

  it('answers related guides from the maps: same insurer and reason, and same drug elsewhere', () => {
    const index = load();
    const g = index.guides.get('acme-health/drug-a/prior-authorization')!;
    const { sameInsurer, sameDrug } = relatedGuides(index, g);
    expect(keys(sameInsurer)).toEqual(['acme-health/drug-b/prior-authorization']);
    expect(keys(sameDrug)).toEqual(['acme-health/drug-a/medical-necessity', 'zenith/drug-a/prior-authorization']);
  });

  it('gives at most `limit` related guides, never the guide itself, wherever it sits in the list', () => {
    const index = load();
    for (const list of index.byDrug.values()) {
      for (const g of list) {
        const { sameDrug } = relatedGuides(index, g, 1);
        expect(sameDrug).toEqual(list.filter((o) => o.key !== g.key).slice(0, 1));
      }
    }
  });

  it('keeps drafts out unless drafts are shown', () => {
    const draft = guide().replace('lastReviewed:', 'draft: true\nlastReviewed:');
    const files = { 'guides/zenith/drug-b/medical-necessity.md': draft };
    expect(load(files, false).guides.has('zenith/drug-b/medical-necessity')).toBe(false);
    const withDrafts = load(files, true);
    expect(withDrafts.guides.get('zenith/drug-b/medical-necessity')?.draft).toBe(true);
    expect(sitemapEntries(withDrafts).some((e) => e.path === '/guides/zenith/drug-b/medical-necessity')).toBe(false);
  });

  it('prerenders guides by priority first', () => {
    const index = load({ 'guides/zenith/drug-c/step-therapy.md': guide().replace('lastReviewed:', 'priority: 90\nlastReviewed:') });
    expect(prerenderedGuides(index, 2).map((g) => g.key)).toEqual(['zenith/drug-c/step-therapy', 'acme-health/drug-a/medical-necessity']);
  });
});

describe('reason text', () => {
  it('takes the title words and the one-line answer from the guide’s own reason', () => {
    const index = load();
    const pa = guideNames(index, index.guides.get('zenith/drug-a/prior-authorization')!);
    const st = guideNames(index, index.guides.get('zenith/drug-c/step-therapy')!);
    expect(pa.title).toBe('Drug A denied for prior-authorization by Zenith Care?');
    expect(pa.reason.answer).toBe('The one-line answer for prior-authorization, written once.');
    expect(st.title).toBe('Drug C denied for step-therapy by Zenith Care?');
    expect(st.reason.answer).toContain('step-therapy');
  });

  it('links the call to action to the prefilled letter form', () => {
    expect(appealPath({ insurer: 'zenith', drug: 'drug-a', reason: 'prior-authorization' })).toBe(
      '/appeal?insurer=zenith&drug=drug-a&reason=prior-authorization',
    );
  });
});

describe('guide finder', () => {
  const index = load();
  it.each([
    [['acme-health', 'drug-a', 'prior-authorization'], '/guides/acme-health/drug-a/prior-authorization'],
    [['acme-health', 'drug-a', 'step-therapy'], '/guides/acme-health/drug-a'],
    [['zenith', '', 'step-therapy'], '/guides/zenith/drug-c/step-therapy'],
    [['zenith', '', ''], '/guides/zenith'],
    [['', '', 'medical-necessity'], '/denials/medical-necessity'],
    [['', '', ''], '/guides'],
    [['<script>', 'x', 'y'], '/guides'],
  ])('%j → %s', ([insurer, drug, reason], expected) => {
    expect(findPath(index, insurer, drug, reason)).toBe(expected);
  });
});

describe('sitemap', () => {
  const entries = Array.from({ length: 5 }, (_, i) => ({ path: `/p/${i}` }));
  it('is one urlset up to the limit', () => {
    expect(sitemapRoot(entries, 5)).toContain('<urlset');
  });
  it('splits into an index of chunks past the limit', () => {
    const root = sitemapRoot(entries, 2);
    expect(root).toContain('<sitemapindex');
    expect(root.match(/<sitemap>/g)).toHaveLength(3);
    expect(sitemapChunk(entries, 2, 2)).toContain('/p/4');
    expect(sitemapChunk(entries, 3, 2)).toBeUndefined();
  });
  it('lists every published guide', () => {
    const index = load();
    const paths = sitemapEntries(index).map((e) => e.path);
    for (const g of index.guides.values()) expect(paths).toContain(`/guides/${g.key}`);
  });
});

describe('whom a state page sends you to', () => {
  const states = [...loadContent({ dir: contentDir(), includeDrafts: true }).index.states.values()];

  it('names the regulator, or the insurance department by description, and starts each sentence with a capital', () => {
    for (const state of states) {
      const { ask, askForHelp } = whomToAsk(state);
      expect(ask, state.slug).toMatch(/^Ask \S/);
      expect(askForHelp, state.slug).toMatch(/^[A-Z]/);
    }
    const unlisted = { ...states[0]!, name: 'Montana', regulators: [], consumerAssistance: undefined };
    expect(whomToAsk(unlisted)).toEqual({
      ask: 'Ask the Montana insurance department.',
      askForHelp: 'The Montana insurance department can tell you who helps with appeals.',
    });
  });
});
