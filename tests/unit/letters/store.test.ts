import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealCaseSchema } from '@/lib/appeal/case-schema';
import { openDb, type Db } from '@/lib/db';
import { createLetter, purgeLetters, readLetter, updateLetter } from '@/lib/letters/store';
import { isLetterPaid, markPaid, recordCheckout } from '@/lib/payments/orders';

const SENTINEL = 'Zebrafish-Sentinel-4417 diagnosis';
const theCase = appealCaseSchema.parse({
  insurer: 'Blue Cross Blue Shield',
  planType: 'employer',
  drug: 'Tecartus',
  reason: 'prior-authorization',
  denialDate: '2026-11-02',
  timing: 'pre-service',
  patientName: 'Jordan Sample',
  memberId: 'XYZ123456',
  prescriberName: 'Dr. Ada Example',
  prescriberSpecialty: 'Hematology',
  diagnosis: SENTINEL,
  criteria: [{ criterion: 'Diagnosis confirmed', chartFact: `Pathology shows ${SENTINEL}`, exhibit: 'Pathology report' }],
});

const sqliteFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dh-db-')), 'test.sqlite');
const backends: [string, () => Promise<Db>, string | undefined][] = [
  ['SQLite', () => openDb({ file: sqliteFile }), undefined],
  ['PostgreSQL', () => openDb({ url: process.env.TEST_DATABASE_URL }), process.env.TEST_DATABASE_URL],
];

describe.each(backends)('letter storage on %s', (name, open, url) => {
  // npm test always starts PostgreSQL and sets TEST_DATABASE_URL; a bare `vitest run` without it runs SQLite only.
  const skip = name === 'PostgreSQL' && !url;
  let db: Db;

  beforeAll(async () => {
    if (skip) return;
    if (url) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('drop table if exists letters, orders, stripe_events, kysely_migration, kysely_migration_lock');
      await client.end();
    }
    db = await open();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it.skipIf(skip)('stores a letter and reads it back only with its token', async () => {
    const { id, token } = await createLetter(db, { case: theCase, composedOn: '2026-11-23' });
    expect((await readLetter(db, id, token))?.case).toEqual(theCase);
    expect(await readLetter(db, id, undefined)).toBeUndefined();
    expect(await readLetter(db, id, `${token.slice(0, -2)}xx`)).toBeUndefined();
    expect(await readLetter(db, 'no-such-id', token)).toBeUndefined();
  });

  it.skipIf(skip)('keeps no plaintext of what the patient typed in the database', async () => {
    await createLetter(db, { case: theCase, composedOn: '2026-11-23' });
    const rows = await sql<Record<string, unknown>>`select * from letters`.execute(db);
    const dump = JSON.stringify(rows.rows);
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const secret of [SENTINEL, 'Jordan Sample', 'XYZ123456', 'Tecartus']) expect(dump).not.toContain(secret);
    if (name === 'SQLite') {
      for (const suffix of ['', '-wal']) {
        if (fs.existsSync(sqliteFile + suffix)) expect(fs.readFileSync(sqliteFile + suffix).includes(SENTINEL)).toBe(false);
      }
    }
  });

  it.skipIf(skip)('updates a letter in place, with the same token', async () => {
    const { id, token } = await createLetter(db, { case: theCase, composedOn: '2026-11-23' });
    const edited = { ...theCase, memberId: 'NEW-999' };
    expect(await updateLetter(db, id, token, { case: edited, composedOn: '2026-11-23' })).toBe(true);
    expect((await readLetter(db, id, token))?.case.memberId).toBe('NEW-999');
    expect(await updateLetter(db, id, 'wrong', { case: edited, composedOn: '2026-11-23' })).toBe(false);
  });

  it.skipIf(skip)('keeps letters, and paid letters paid, across a restart', async () => {
    const { id, token } = await createLetter(db, { case: theCase, composedOn: '2026-11-23' });
    await recordCheckout(db, { sessionId: `cs_restart_${id}`, letterId: id });
    expect(await markPaid(db, `cs_restart_${id}`, id, 3000)).toBe('changed');
    await db.destroy();
    db = await open();
    expect((await readLetter(db, id, token))?.case.diagnosis).toBe(SENTINEL);
    expect(await isLetterPaid(db, id)).toBe(true);
  });

  it.skipIf(skip)('purges content older than the retention period and keeps the row', async () => {
    const day = 86_400_000;
    const old = await createLetter(db, { case: theCase, composedOn: '2026-10-01' }, Date.now() - 31 * day);
    await recordCheckout(db, { sessionId: `cs_old_${old.id}`, letterId: old.id });
    await markPaid(db, `cs_old_${old.id}`, old.id, 4000);
    const fresh = await createLetter(db, { case: theCase, composedOn: '2026-11-23' });
    expect(await purgeLetters(db, 30 * day)).toBeGreaterThanOrEqual(1);
    expect(await readLetter(db, old.id, old.token)).toBeUndefined();
    expect(await readLetter(db, fresh.id, fresh.token)).toBeDefined();
    const row = await db.selectFrom('letters').select(['id', 'purged_at', 'ciphertext']).where('id', '=', old.id).executeTakeFirst();
    expect(row).toMatchObject({ id: old.id, ciphertext: null });
    expect(row?.purged_at).toBeTruthy();
    expect(await isLetterPaid(db, old.id)).toBe(true);
  });
});
