export type LettersTable = {
  id: string;
  token_hash: string;
  /** base64(iv ‖ tag ‖ AES-256-GCM ciphertext); null once purged. */
  ciphertext: string | null;
  created_at: number;
  updated_at: number;
  purged_at: number | null;
};

/** open → pending (completed, the bank has not paid yet) → paid; or failed, expired, refunded (a second payment). */
export type OrderStatus = 'open' | 'pending' | 'paid' | 'failed' | 'expired' | 'refunded' | 'duplicate';

export type OrdersTable = {
  stripe_session_id: string;
  letter_id: string;
  status: OrderStatus;
  amount_total: number | null;
  created_at: number;
  paid_at: number | null;
};

export type StripeEventsTable = { id: string; type: string; received_at: number };

export type RateLimitsTable = { key: string; points: number; expire: number | null };

export type NextCacheTable = { key: string; value: string; tags: string; last_modified: number };

export type Database = {
  letters: LettersTable;
  orders: OrdersTable;
  stripe_events: StripeEventsTable;
  rate_limits: RateLimitsTable;
  next_cache: NextCacheTable;
};
