// Reading one content folder: each Markdown file parsed, checked against its schema and the rules check, and made an item.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { plainText } from './directives';
import { parseContentFile, schemaIssues, type ContentIssue, type ParsedFile } from './parse';
import { frontMatterRuleIssues } from './rules-check';
import { isSlug } from './schema';

/** Every Markdown file under `dir` but its README, sorted: what the loader reads and the content scripts scan. */
export function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && path.basename(name) !== 'README.md')
    .map((name) => path.join(dir, name))
    .sort();
}

type Collected<T> = { items: T[]; issues: ContentIssue[] };

export function readAll<S extends z.ZodType>(
  root: string,
  sub: string,
  schema: S,
  toItem: (parsed: ParsedFile, data: z.infer<S>, rel: string) => { item?: unknown; issue?: ContentIssue },
): Collected<unknown> {
  const collected: Collected<unknown> = { items: [], issues: [] };
  for (const abs of listMarkdown(path.join(root, sub))) {
    const rel = path.relative(process.cwd(), abs);
    const parsed = parseContentFile(rel, fs.readFileSync(abs, 'utf8'));
    if (!('lineOf' in parsed)) {
      collected.issues.push(parsed);
      continue;
    }
    const result = schema.safeParse(parsed.data ?? {});
    if (!result.success) {
      collected.issues.push(...schemaIssues(parsed, result.error, schemaKeys(schema)));
      continue;
    }
    collected.issues.push(...frontMatterRuleIssues(parsed.file, proseFields(result.data), parsed.lineOf));
    const { item, issue } = toItem(parsed, plainFrontMatter(result.data), path.relative(path.join(root, sub), abs));
    if (issue) collected.issues.push(issue);
    if (item) collected.items.push(item);
  }
  return collected;
}

/** Every text value of the front matter but sources and addresses, with its path. */
function proseFields(data: unknown, at: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof data === 'string') return [{ path: at, text: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => proseFields(v, [...at, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => (['sources', 'url', 'lastReviewed', 'phone', 'mail'].includes(k) ? [] : proseFields(v, [...at, k])));
  }
  return [];
}

/** Front matter as pages show it: `:clinical[3 months]` becomes "3 months" once the rule check has seen it. */
function plainFrontMatter<T>(data: T): T {
  if (typeof data === 'string') return plainText(data) as T;
  if (Array.isArray(data)) return data.map(plainFrontMatter) as T;
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, plainFrontMatter(v)])) as T;
  return data;
}

function schemaKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

export function slugIssue(parsed: ParsedFile, slug: string, what: string): ContentIssue | undefined {
  if (isSlug(slug)) return undefined;
  return {
    file: parsed.file,
    line: 1,
    message: `${what} slug \`${slug}\` is not lowercase kebab-case`,
    fix: `rename the file or folder to \`${slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}\``,
  };
}

export const fileInfo = (parsed: ParsedFile, slug: string) => ({ slug, file: parsed.file, body: parsed.body, bodyLine: parsed.bodyLine });
