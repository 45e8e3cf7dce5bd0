import 'server-only';
import type { Db } from '@/lib/db';
import { letterContentSchema, type LetterContent, type LetterContentInput } from './content';
import { hashToken, newLetterId, newToken, open, seal, tokenMatches } from './crypto';

export type { LetterContent };

export type StoredLetter = LetterContent & { id: string; createdAt: number; updatedAt: number };

export async function createLetter(db: Db, content: LetterContentInput, now = Date.now()): Promise<{ id: string; token: string }> {
  const id = newLetterId();
  const token = newToken();
  await db
    .insertInto('letters')
    .values({
      id,
      token_hash: hashToken(token),
      ciphertext: seal(JSON.stringify(letterContentSchema.parse(content)), token, id),
      created_at: now,
      updated_at: now,
      purged_at: null,
    })
    .execute();
  return { id, token };
}

/** The letter, or undefined when it does not exist, the token is wrong, or its content was purged. */
export async function readLetter(db: Db, id: string, token: string | undefined): Promise<StoredLetter | undefined> {
  if (!token) return undefined;
  const row = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !row.ciphertext || !tokenMatches(token, row.token_hash)) return undefined;
  // Validated, not cast: content that no longer fits the schema is reported, never half-used.
  const parsed = letterContentSchema.safeParse(JSON.parse(open(row.ciphertext, token, id)));
  if (!parsed.success) throw new Error(`letter ${id} holds content that does not match the letter schema`);
  return { ...parsed.data, id, createdAt: Number(row.created_at), updatedAt: Number(row.updated_at) };
}

/**
 * Replaces the sealed content. The caller has already opened the letter with this token; the token is
 * checked against its hash here, so an edit decrypts once.
 */
export async function updateLetter(db: Db, id: string, token: string, content: LetterContentInput, now = Date.now()): Promise<boolean> {
  const row = await db.selectFrom('letters').select(['token_hash', 'ciphertext']).where('id', '=', id).executeTakeFirst();
  if (!row || !row.ciphertext || !tokenMatches(token, row.token_hash)) return false;
  await db
    .updateTable('letters')
    .set({ ciphertext: seal(JSON.stringify(letterContentSchema.parse(content)), token, id), updated_at: now })
    .where('id', '=', id)
    .execute();
  return true;
}

/** Deletes letter content older than the retention period; the row (and, later, its order) stays. */
export async function purgeLetters(db: Db, olderThanMs: number, now = Date.now()): Promise<number> {
  const result = await db
    .updateTable('letters')
    .set({ ciphertext: null, purged_at: now })
    .where('created_at', '<', now - olderThanMs)
    .where('ciphertext', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
