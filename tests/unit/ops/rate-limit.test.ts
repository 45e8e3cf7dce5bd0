import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A throwaway SQLite for the module's shared Db (the memory limiter is used with SQLite).
process.env.DATABASE_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dh-rl-')), 'db.sqlite');
process.env.RATE_LIMIT_CHECKOUTS = '2';
const { hit, peek, rateLimitMessage } = await import('@/lib/rate-limit');

describe('rate limits', () => {
  it('counts attempts per client and refuses past the hour’s allowance, with how long to wait', async () => {
    expect(await hit('checkouts', 'client-a')).toEqual({ ok: true });
    expect(await peek('checkouts', 'client-a')).toEqual({ ok: true });
    expect(await hit('checkouts', 'client-a')).toEqual({ ok: true });
    const refused = await hit('checkouts', 'client-a');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(3500);
    expect((await peek('checkouts', 'client-a')).ok).toBe(false);
    expect(await hit('checkouts', 'client-b')).toEqual({ ok: true });
  });

  it('says how many minutes to wait, and that nothing was lost', () => {
    expect(rateLimitMessage('created letters', 61)).toBe(
      'You have created letters many times in the last hour. Please wait about 2 minutes and try again; nothing you typed was lost.',
    );
  });
});
