import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type { Pool } from 'pg';
import { env } from '@/lib/env';
import { migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** Where the data lives: PostgreSQL when a URL is given (several servers), else a local SQLite file. */
export type DbTarget = { url?: string; file?: string };

/** The PostgreSQL pool behind a Db, for the few libraries that take a pg client (rate limits). */
const pools = new WeakMap<Db, Pool>();
export const postgresPool = (db: Db): Pool | undefined => pools.get(db);

async function dialect(target: DbTarget): Promise<{ dialect: Dialect; pool?: Pool }> {
  if (target.url) {
    const { default: pg } = await import('pg');
    // bigint columns come back as strings by default; our timestamps fit in a JS number.
    pg.types.setTypeParser(20, (v: string) => Number(v));
    const pool = new pg.Pool({ connectionString: target.url, max: 5 });
    return { dialect: new PostgresDialect({ pool }), pool };
  }
  const { default: SQLite } = await import('better-sqlite3');
  const file = path.resolve(/*turbopackIgnore: true*/ target.file ?? path.join(process.cwd(), 'data', 'denialhelp.sqlite'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  return { dialect: new SqliteDialect({ database: sqlite }) };
}

/** Opens and migrates a database: the one DATABASE_URL or DATABASE_FILE name unless told otherwise. */
export async function openDb(target: DbTarget = { url: env().DATABASE_URL, file: env().DATABASE_FILE }): Promise<Db> {
  const made = await dialect(target);
  const db = new Kysely<Database>({ dialect: made.dialect });
  if (made.pool) pools.set(db, made.pool);
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
