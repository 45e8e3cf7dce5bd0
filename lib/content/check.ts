import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentIssue } from './parse';
import { sitemapEntries } from '../sitemap';
import { markdownFiles, type ContentIndex } from './types';

type MdNode = { type: string; url?: string; position?: { start: { line: number } }; children?: MdNode[] };

const parser = unified().use(remarkParse);

/** Pages that exist outside the content index. */
const STATIC_PATHS = ['/', '/guides', '/appeal', '/codes', '/learn', '/how-we-count', '/plan-type', '/claim-file-request', '/states'];

function* links(node: MdNode): Generator<{ url: string; line: number }> {
  if ((node.type === 'link' || node.type === 'definition') && node.url) yield { url: node.url, line: node.position?.start.line ?? 1 };
  for (const child of node.children ?? []) yield* links(child);
}

/** Internal links in every Markdown body must point at a page that exists. */
export function checkLinks(index: ContentIndex): ContentIssue[] {
  const known = new Set([...STATIC_PATHS, ...sitemapEntries(index).map((e) => e.path), ...[...index.guides.values()].map((g) => `/guides/${g.key}`)]);
  const issues: ContentIssue[] = [];
  const files = markdownFiles(index);
  for (const file of files) {
    const tree = parser.parse(file.body) as MdNode;
    for (const { url, line } of links(tree)) {
      if (!url.startsWith('/')) continue;
      const path = url.split(/[?#]/)[0]?.replace(/\/$/, '') || '/';
      if (!known.has(path)) {
        issues.push({
          file: file.file,
          line: file.bodyLine + line - 1,
          message: `broken internal link \`${url}\``,
          fix: 'link to an existing page: /guides/{insurer}/{drug}/{reason}, /denials/{reason}, /learn/{slug}, /codes/{code} or /appeal',
        });
      }
    }
  }
  return issues;
}
