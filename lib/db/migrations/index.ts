import type { Migration } from 'kysely';
import * as letters from './0001-letters';
import * as orders from './0002-orders';
import * as shared from './0003-shared-state';

/** Versioned migrations, applied in key order. Add a file and a line here; never edit an applied one. */
export const migrations: Record<string, Migration> = {
  '0001-letters': letters,
  '0002-orders': orders,
  '0003-shared-state': shared,
};
