import { guidePath, insurerDrugPath, insurerPath, reasonPath } from './content/queries';
import type { ContentIndex } from './content/types';
import { absoluteUrl } from './site';

export const SITEMAP_LIMIT = 50_000;

export type SitemapEntry = { path: string; lastModified?: string };

/**
 * Every public URL. Drafts are never in the index of a production build, so never here. `lastModified` is
 * the page's own reviewed or verified date, never the build time.
 */
export function sitemapEntries(index: ContentIndex): SitemapEntry[] {
  const entries: SitemapEntry[] = [{ path: '/' }, { path: '/guides' }, { path: '/how-we-count' }, { path: '/plan-type' }, { path: '/claim-file-request' }];
  for (const reason of index.reasons.keys()) entries.push({ path: reasonPath(reason) });
  for (const insurer of index.byInsurer.keys()) entries.push({ path: insurerPath(insurer) });
  for (const key of index.byInsurerDrug.keys()) {
    const [insurer = '', drug = ''] = key.split('/');
    entries.push({ path: insurerDrugPath(insurer, drug) });
  }
  if (index.learn.size > 0) entries.push({ path: '/learn' });
  for (const [slug, article] of index.learn) entries.push({ path: `/learn/${slug}`, lastModified: article.lastReviewed });
  if (index.states.size > 0) entries.push({ path: '/states' });
  for (const [slug, state] of index.states) entries.push({ path: `/states/${slug}`, lastModified: state.lastVerified });
  if (index.codes.size > 0) entries.push({ path: '/codes' });
  for (const slug of index.codes.keys()) entries.push({ path: `/codes/${slug}` });
  for (const guide of index.guides.values()) {
    if (!guide.draft) entries.push({ path: guidePath(guide), lastModified: guide.lastReviewed });
  }
  return entries;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries
    .map((e) => `<url><loc>${escape(absoluteUrl(e.path))}</loc>${e.lastModified ? `<lastmod>${e.lastModified}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function sitemapIndexXml(count: number): string {
  const items = Array.from({ length: count }, (_, i) => `<sitemap><loc>${absoluteUrl(`/sitemaps/${i}.xml`)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

/** /sitemap.xml: one urlset up to the 50,000-URL limit, past it an index of /sitemaps/{n}.xml chunks. */
export function sitemapRoot(entries: SitemapEntry[], limit = SITEMAP_LIMIT): string {
  return entries.length <= limit ? urlsetXml(entries) : sitemapIndexXml(Math.ceil(entries.length / limit));
}

export function sitemapChunk(entries: SitemapEntry[], n: number, limit = SITEMAP_LIMIT): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n * limit >= entries.length) return undefined;
  return urlsetXml(entries.slice(n * limit, (n + 1) * limit));
}
