import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REASONS } from '@/lib/content/reasons';

/** A small valid content tree in a temp folder; tests overwrite single files to break it. */
export function makeContent(files: Record<string, string> = {}): { dir: string; write: (rel: string, text: string) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-content-'));
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  for (const reason of REASONS) {
    write(`reasons/${reason}.md`, `---\nlabel: denied for ${reason}\nshort: ${reason} short\nanswer: The one-line answer for ${reason}, written once.\n---\nStrategy for ${reason}.\n`);
  }
  for (const [slug, name] of [['acme-health', 'Acme Health'], ['zenith', 'Zenith Care']]) {
    write(`insurers/${slug}.md`, `---\nname: ${name}\nshortName: ${name}\nplanTypes:\n  - employer\nsources:\n  - title: Source\n    url: https://www.acme.test/about\n---\nBody.\n`);
  }
  for (const [slug, name] of [['drug-a', 'Drug A'], ['drug-b', 'Drug B'], ['drug-c', 'Drug C']]) {
    write(`drugs/${slug}.md`, `---\nname: ${name}\nkind: drug\ngeneric: ${slug}mab\nclass: Test class\ntreats:\n  - a condition\nsources:\n  - title: Label\n    url: https://www.fda.gov/${slug}\n---\nBody.\n`);
  }
  for (const key of ['acme-health/drug-a/prior-authorization', 'acme-health/drug-b/prior-authorization', 'acme-health/drug-a/medical-necessity', 'zenith/drug-a/prior-authorization', 'zenith/drug-c/step-therapy']) {
    write(`guides/${key}.md`, guide());
  }
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return { dir, write };
}

export function guide(overrides: { front?: string; body?: string } = {}): string {
  const front = overrides.front ?? `summary: A summary that is long enough to pass the forty character minimum.
lastReviewed: "2026-11-20"
criteria:
  - criterion: Diagnosis confirmed
    documentation: Pathology report
documents:
  - The denial letter
sources:
  - title: Label
    url: https://www.fda.gov/label`;
  return `---\n${front}\n---\n${overrides.body ?? '## Why\n\nBecause.\n\n## Timeline\n\nSoon.\n'}`;
}
