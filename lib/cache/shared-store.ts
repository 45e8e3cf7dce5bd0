import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log';

/** What lib/cache/handler.mjs finds on globalThis: the Next.js cache, kept in the shared PostgreSQL. */
export type SharedCache = {
  get(key: string): Promise<{ value: string; lastModified: number } | null>;
  set(key: string, value: string, tags: string[], lastModified: number): Promise<void>;
  delete(key: string): Promise<void>;
  revalidate(tags: string[]): Promise<void>;
};

const SHARED = Symbol.for('denialhelp.shared-cache');

/** Tags stored as ",a,b," so one LIKE finds an entry by any of them. */
const tagList = (tags: string[]) => (tags.length ? `,${tags.join(',')},` : '');

/**
 * A cache failure must never fail a page: a read error is a miss (the page renders), a write error is
 * logged and the page is still served.
 */
export async function registerSharedCache(): Promise<void> {
  const db = await getDb();
  const store: SharedCache = {
    async get(key) {
      try {
        const row = await db.selectFrom('next_cache').select(['value', 'last_modified']).where('key', '=', key).executeTakeFirst();
        return row ? { value: row.value, lastModified: Number(row.last_modified) } : null;
      } catch (error) {
        log.warn('cache.read_failed', { error });
        return null;
      }
    },
    async set(key, value, tags, lastModified) {
      try {
        await db
          .insertInto('next_cache')
          .values({ key, value, tags: tagList(tags), last_modified: lastModified })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, tags: tagList(tags), last_modified: lastModified }))
          .execute();
      } catch (error) {
        log.warn('cache.write_failed', { error });
      }
    },
    async delete(key) {
      await db
        .deleteFrom('next_cache')
        .where('key', '=', key)
        .execute()
        .catch((error: unknown) => log.warn('cache.write_failed', { error }));
    },
    async revalidate(tags) {
      for (const tag of tags) {
        await db
          .deleteFrom('next_cache')
          .where(sql<boolean>`tags like ${`%,${tag},%`}`)
          .execute()
          .catch((error: unknown) => log.warn('cache.write_failed', { error }));
      }
    },
  };
  (globalThis as { [SHARED]?: SharedCache })[SHARED] = store;
}
