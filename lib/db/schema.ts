import type { Generated } from 'kysely';

export type LettersTable = {
  id: string;
  token_hash: string;
  /** base64(iv ‖ tag ‖ AES-256-GCM ciphertext); null once purged. */
  ciphertext: string | null;
  created_at: number;
  updated_at: number;
  purged_at: number | null;
};

export type Database = {
  letters: LettersTable;
};

export type { Generated };
