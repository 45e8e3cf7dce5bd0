import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '@/lib/content/parse';

const root = path.join(process.cwd(), 'content');
const files = fs
  .readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md') && path.basename(f) !== 'README.md')
  .map((f) => path.join(root, f));

describe('front matter parsing', () => {
  // The data comes from js-yaml (fast), the line numbers from the `yaml` parser: both must read every file alike.
  it.each(files.map((f) => [path.relative(root, f), f]))('reads %s as the `yaml` parser does', (_rel, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const parsed = parseContentFile(file, source);
    expect('lineOf' in parsed, JSON.stringify(parsed)).toBe(true);
    const reference = parseDocument(matter(source).matter).toJS() ?? {};
    expect((parsed as { data: unknown }).data).toEqual(reference);
  });

  it('keeps dates as text and gives each field its line', () => {
    const parsed = parseContentFile('x.md', '---\nsummary: ok\nlastReviewed: 2026-11-20\nlist:\n  - a: 1\n    b: yes\n---\nbody\n');
    if (!('lineOf' in parsed)) throw new Error(parsed.message);
    expect(parsed.data).toEqual({ summary: 'ok', lastReviewed: '2026-11-20', list: [{ a: 1, b: 'yes' }] });
    expect(parsed.lineOf(['list', 0, 'b'])).toBe(6);
    expect(parsed.lineOf(['lastReviewed'])).toBe(3);
    expect(parsed.bodyLine).toBe(8);
  });
});
