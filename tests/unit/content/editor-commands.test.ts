import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/loader';
import { makeContent } from './fixture';

function run(script: string, args: string[], contentDir: string): { status: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('editor commands', () => {
  it('content:new scaffolds a draft guide with its insurer and drug, and content:check flags what is left to fill', { timeout: 30_000 }, () => {
    const { dir } = makeContent();
    const created = run('scripts/content-new.ts', ['--insurer', 'new-health', '--drug', 'new-drug', '--reason', 'step-therapy'], dir);
    expect(created.status, created.out).toBe(0);
    for (const rel of ['guides/new-health/new-drug/step-therapy.md', 'insurers/new-health.md', 'drugs/new-drug.md'])
      expect(fs.existsSync(path.join(dir, rel))).toBe(true);

    const drafted = loadContent({ dir, includeDrafts: true });
    expect(drafted.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('example.com placeholder'));

    const check = run('scripts/content-check.ts', [], dir);
    expect(check.status).toBe(1);
    expect(check.out).toMatch(/new-drug\/step-therapy\.md:\d+: source `url` is still the example\.com placeholder/);

    expect(run('scripts/content-new.ts', ['--insurer', 'new-health', '--drug', 'new-drug', '--reason', 'step-therapy'], dir).status).toBe(1);
    expect(run('scripts/content-new.ts', ['--insurer', 'New Health', '--drug', 'x', '--reason', 'lost'], dir).out).toContain('--reason must be one of');
  });

  it('content:check passes a clean tree and exits 0', { timeout: 30_000 }, () => {
    const { dir } = makeContent();
    const check = run('scripts/content-check.ts', [], dir);
    expect(check.status, check.out).toBe(0);
    expect(check.out).toContain('content ok: 5 guides');
  });
});
