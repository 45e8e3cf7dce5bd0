import { describe, expect, it, vi } from 'vitest';

describe('getContent', () => {
  it('reads the content once per process, even when each server bundle has its own copy of the loader', async () => {
    const first = await import('@/lib/content/loader');
    const index = first.getContent();
    // A second copy of the module, as a second Next bundle in the same build worker has.
    vi.resetModules();
    const second = await import('@/lib/content/loader');
    expect(second).not.toBe(first);
    // The very same index, not a second read of the files.
    expect(second.getContent()).toBe(index);
    expect(index.guides.size).toBeGreaterThan(0);
  }, 60_000);
});
