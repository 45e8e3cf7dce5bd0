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
    write(
      `reasons/${reason}.md`,
      `---\nlabel: denied for ${reason}\nshort: ${reason} short\nanswer: The one-line answer for ${reason}, written once.\n---\nStrategy for ${reason}.\n`,
    );
  }
  for (const [slug, name] of [
    ['acme-health', 'Acme Health'],
    ['zenith', 'Zenith Care'],
  ]) {
    write(
      `insurers/${slug}.md`,
      `---\nname: ${name}\nshortName: ${name}\nplanTypes:\n  - employer\nsources:\n  - title: Source\n    url: https://www.acme.test/about\n---\nBody.\n`,
    );
  }
  for (const [slug, name] of [
    ['drug-a', 'Drug A'],
    ['drug-b', 'Drug B'],
    ['drug-c', 'Drug C'],
  ]) {
    write(
      `drugs/${slug}.md`,
      `---\nname: ${name}\nkind: drug\ngeneric: ${slug}mab\nclass: Test class\ntreats:\n  - a condition\nsources:\n  - title: Label\n    url: https://www.fda.gov/${slug}\n---\nBody.\n`,
    );
  }
  for (const key of [
    'acme-health/drug-a/prior-authorization',
    'acme-health/drug-b/prior-authorization',
    'acme-health/drug-a/medical-necessity',
    'zenith/drug-a/prior-authorization',
    'zenith/drug-c/step-therapy',
  ]) {
    write(`guides/${key}.md`, guide({ body: ownBody(key) }));
  }
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return { dir, write };
}

/**
 * A guide body of text no other guide shares (made-up words seeded by the guide's key), so the tree passes
 * the uniqueness floor the way a real guide does: by saying what is true of its own payer, drug and reason.
 */
export function ownBody(key: string): string {
  // mulberry32, seeded by the key.
  let seed = [...key].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 7);
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const word = () => Array.from({ length: 3 + (next() % 5) }, () => 'bcdfghjklmnprstvz'[next() % 17]! + 'aeiou'[next() % 5]!).join('');
  const sentence = () => `${Array.from({ length: 12 }, word).join(' ')}.`;
  return `## Why\n\n${Array.from({ length: 30 }, sentence).join(' ')}\n\n## Timeline\n\n${Array.from({ length: 8 }, sentence).join(' ')}\n`;
}

export function guide(overrides: { front?: string; body?: string } = {}): string {
  const front =
    overrides.front ??
    `summary: A summary that is long enough to pass the forty character minimum.
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
