import { getContent } from '@/lib/content/loader';
import { sitemapEntries, sitemapRoot } from '@/lib/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return new Response(sitemapRoot(sitemapEntries(getContent())), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
