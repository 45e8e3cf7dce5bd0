export type LettersTable = {
  id: string;
  token_hash: string;
  /** base64(iv ‖ tag ‖ AES-256-GCM ciphertext); null once purged. */
  ciphertext: string | null;
  created_at: number;
  updated_at: number;
  purged_at: number | null;
};

export type OrderStatus = 'open' | 'paid' | 'failed' | 'expired';

export type OrdersTable = {
  stripe_session_id: string;
  letter_id: string;
  status: OrderStatus;
  amount_total: number | null;
  created_at: number;
  paid_at: number | null;
};

export type StripeEventsTable = { id: string; type: string; received_at: number };

export type Database = {
  letters: LettersTable;
  orders: OrdersTable;
  stripe_events: StripeEventsTable;
};

