import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** PostgreSQL when DATABASE_URL is set (several servers); otherwise SQLite in a local file, no setup. */
async function dialect(url = process.env.DATABASE_URL): Promise<Dialect> {
  if (url) {
    const { default: pg } = await import('pg');
    // bigint columns come back as strings by default; our timestamps fit in a JS number.
    pg.types.setTypeParser(20, (v: string) => Number(v));
    return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 5 }) });
  }
  const { default: SQLite } = await import('better-sqlite3');
  const file = path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_FILE ?? path.join(process.cwd(), 'data', 'denialhelp.sqlite'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  return new SqliteDialect({ database: sqlite });
}

export async function openDb(url?: string): Promise<Db> {
  const db = new Kysely<Database>({ dialect: await dialect(url) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return db;
}

let shared: Promise<Db> | undefined;

/** One connection (pool) per server process, created and migrated on first use. */
export function getDb(): Promise<Db> {
  shared ??= openDb();
  return shared;
}
