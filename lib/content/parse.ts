import matter from 'gray-matter';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
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

// gray-matter's own js-yaml turns dates into Date objects. The data comes from js-yaml's core schema (YAML 1.2
// scalars: dates stay strings), which is about ten times faster than the `yaml` parser and matters when a build
// loads thousands of files in every worker. Line numbers come from the `yaml` parser's node positions, parsed only
// when a problem needs a line; a unit test holds the two parsers to the same data on every content file.

export function parseContentFile(file: string, source: string): ParsedFile | ContentIssue {
  if (!source.startsWith('---')) {
    return { file, line: 1, message: 'file has no front matter', fix: 'start the file with a line `---`, the YAML fields, then another `---`' };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by source text unless given options; `engines` alone disables that.
    parsed = matter(source, { engines: { yaml: (frontMatter: string) => loadYaml(frontMatter, { schema: CORE_SCHEMA }) } } as Parameters<typeof matter>[1]);
  } catch (error) {
    // The `yaml` parser's message, the one editors have always seen (js-yaml's if only it objects), and its line
    // in the file: +1 for the opening `---`.
    const frontMatter = /^---[^\n]*\n([\s\S]*?)^---/m.exec(source)?.[1] ?? '';
    const lines = new LineCounter();
    const reported = parseDocument(frontMatter, { lineCounter: lines, prettyErrors: false }).errors[0];
    const mark = (error as { mark?: { line: number } }).mark;
    return {
      file,
      line: (reported ? lines.linePos(reported.pos[0]).line : (mark?.line ?? 0) + 1) + 1,
      message: `front matter is not valid YAML: ${firstLine(reported ?? error)}`,
      fix: 'check indentation and quote text that contains a colon',
    };
  }
  const frontLines = parsed.matter.split('\n').length;
  let positions: { doc: Document; lines: LineCounter } | undefined;
  const lineOf = (path: PropertyKey[]): number => {
    if (!positions) {
      const lines = new LineCounter();
      positions = { doc: parseDocument(parsed.matter, { lineCounter: lines }), lines };
    }
    const { doc, lines } = positions;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        // +1 for the opening `---` line; LineCounter lines are 1-based within the front matter.
        return lines.linePos(node.range[0]).line + (parsed.matter.startsWith('\n') ? 0 : 1);
      }
    }
    return 1;
  };
  return { file, data: parsed.data, body: parsed.content, bodyLine: frontLines + 2, lineOf };
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
