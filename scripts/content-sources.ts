/**
 * `npm run content:sources`: every citation of a document-sharing copy or a third-party summary in content/
 * (lib/content/secondhand.ts), by host and by file, with how many guides rest on at least one. A work list for
 * editors: each should give way to the publisher's own document. It does not fail; content:check prints the count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '@/lib/content/loader';
import { listMarkdown } from '@/lib/content/read-files';
import { secondhandCitations } from '@/lib/content/secondhand';

const root = contentDir();
const files = listMarkdown(root).map((abs) => ({ file: path.relative(process.cwd(), abs), text: fs.readFileSync(abs, 'utf8') }));
const citations = secondhandCitations(files);

const byHost = new Map<string, number>();
for (const c of citations) byHost.set(c.host, (byHost.get(c.host) ?? 0) + 1);
console.log('Second-hand citations by host:');
for (const [host, n] of [...byHost].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${host}`);
console.log('\nBy file:');
for (const c of citations) console.log(`${c.file}:${c.line}: ${c.url}`);
const guides = files.filter((f) => f.file.includes(`${path.sep}guides${path.sep}`));
const resting = new Set(citations.filter((c) => c.file.includes(`${path.sep}guides${path.sep}`)).map((c) => c.file));
console.log(
  `\n${citations.length} second-hand citations in ${new Set(citations.map((c) => c.file)).size} files; ${resting.size} of ${guides.length} guides cite at least one.`,
);
