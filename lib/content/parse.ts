import matter from 'gray-matter';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';

/** One problem in one content file, with where it is and how to fix it. */
export type ContentIssue = { file: string; line: number; message: string; fix?: string };

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} content error(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}${issue.fix ? ` — fix: ${issue.fix}` : ''}`;
}

export type ParsedFile = {
  file: string;
  data: unknown;
  body: string;
  /** Line (1-based) in the file where the Markdown body starts. */
  bodyLine: number;
  lineOf: (path: PropertyKey[]) => number;
};

// gray-matter defaults to js-yaml, which turns dates into Date objects; the `yaml` engine keeps
// YAML 1.2 semantics (dates stay strings) and gives us node positions for line numbers. The front matter is
// parsed once: the same document gives the data and the lines.

export function parseContentFile(file: string, source: string): ParsedFile | ContentIssue {
  if (!source.startsWith('---')) {
    return { file, line: 1, message: 'file has no front matter', fix: 'start the file with a line `---`, the YAML fields, then another `---`' };
  }
  let parsed: matter.GrayMatterFile<string>;
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  const yaml = (frontMatter: string) => {
    doc = parseDocument(frontMatter, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) throw doc.errors[0];
    return doc.toJS() as object;
  };
  try {
    // gray-matter caches by source text unless given options; `engines` alone disables that.
    parsed = matter(source, { engines: { yaml } } as Parameters<typeof matter>[1]);
  } catch (error) {
    const line = yamlErrorLine(error);
    return {
      file,
      line: line + 1,
      message: `front matter is not valid YAML: ${firstLine(error)}`,
      fix: 'check indentation and quote text that contains a colon',
    };
  }
  // An empty front matter (`---` then `---`) never reaches the engine.
  const front = doc ?? parseDocument('', { lineCounter });
  const frontLines = parsed.matter.split('\n').length;
  const lineOf = (path: PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? front.contents : front.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        // +1 for the opening `---` line; LineCounter lines are 1-based within the front matter.
        return lineCounter.linePos(node.range[0]).line + (parsed.matter.startsWith('\n') ? 0 : 1);
      }
    }
    return 1;
  };
  return { file, data: parsed.data, body: parsed.content, bodyLine: frontLines + 2, lineOf };
}

function yamlErrorLine(error: unknown): number {
  if (error && typeof error === 'object') {
    const linePos = (error as { linePos?: [{ line: number }] }).linePos;
    if (linePos?.[0]) return linePos[0].line;
    const mark = (error as { mark?: { line: number } }).mark;
    if (mark) return mark.line + 1;
  }
  return 1;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error';
}

/** Turns zod issues into file:line messages with a fix. */
export function schemaIssues(parsed: ParsedFile, error: z.ZodError, knownKeys: string[] = []): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const field = path.length ? path.map(String).join('.') : '(front matter)';
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join('`, `');
      const firstKey = issue.keys[0] ?? '';
      const suggestion = path.length === 0 ? closest(firstKey, knownKeys) : undefined;
      return {
        file: parsed.file,
        line: parsed.lineOf([...path, firstKey]),
        message: `unknown field \`${keys}\`${path.length ? ` in \`${field}\`` : ''}`,
        fix: suggestion ? `did you mean \`${suggestion}\`? rename it` : 'remove it or correct its spelling (see content/README.md for the fields)',
      };
    }
    const missing = issue.code === 'invalid_type' && valueAt(parsed.data, path) === undefined;
    return {
      file: parsed.file,
      line: parsed.lineOf(path),
      message: missing
        ? `missing required field \`${field}\``
        : issue.message.includes('`')
          ? `${issue.message} (at \`${field}\`)`
          : `\`${field}\`: ${issue.message}`,
      fix: missing ? `add \`${String(path.at(-1))}:\` (see content/README.md)` : undefined,
    };
  });
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The known key within edit distance 2 of a misspelt one, if any. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of candidates) {
    const distance = editDistance(word.toLowerCase(), key.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
