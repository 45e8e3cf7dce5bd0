import { getContent } from '@/lib/content/loader';
import { SITEMAP_LIMIT, sitemapChunk, sitemapEntries } from '@/lib/sitemap';

export const dynamicParams = false;

export function generateStaticParams() {
  const chunks = Math.ceil(sitemapEntries(getContent()).length / SITEMAP_LIMIT);
  return Array.from({ length: Math.max(chunks, 1) }, (_, i) => ({ file: `${i}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d+)\.xml$/.exec((await params).file);
  const xml = match ? sitemapChunk(sitemapEntries(getContent()), Number(match[1])) : undefined;
  if (!xml) return new Response('Not found', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
