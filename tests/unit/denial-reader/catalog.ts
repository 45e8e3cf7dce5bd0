import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { catalogFromFrontMatter, type DenialCatalog } from '@/lib/denial-reader';

const CONTENT = path.join(process.cwd(), 'content');

function frontMatter(folder: string): { slug: string; data: Record<string, unknown> }[] {
  const dir = path.join(CONTENT, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.md$/, ''), data: matter(fs.readFileSync(path.join(dir, f), 'utf8')).data }));
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The catalog the app would pass: names, short names and aliases from content/insurers, names, generics and aliases from content/drugs. */
export function contentCatalog(): DenialCatalog {
  return catalogFromFrontMatter(
    frontMatter('insurers').map(({ slug, data }) => ({ slug, name: str(data.name) ?? slug, shortName: str(data.shortName), aliases: strs(data.aliases) })),
    frontMatter('drugs')
      .filter(({ data }) => data.matchInLetters !== false)
      .map(({ slug, data }) => ({ slug, name: str(data.name) ?? slug, generic: str(data.generic), aliases: strs(data.aliases) })),
  );
}
