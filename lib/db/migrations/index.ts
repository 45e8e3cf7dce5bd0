import type { Migration } from 'kysely';
import * as letters from './0001-letters';

/** Versioned migrations, applied in key order. Add a file and a line here; never edit an applied one. */
export const migrations: Record<string, Migration> = {
  '0001-letters': letters,
};
