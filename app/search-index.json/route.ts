import { getContent } from '@/lib/content/loader';
import { buildSearchIndex } from '@/lib/search';

// Built once at build time: a static file, fetched only when someone uses the search box.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchIndex(getContent()));
}
