import { z } from 'zod';

/**
 * The schema of every variable the app reads (the README's Environment table lists the same names; a unit
 * test keeps them in step). Pure, so next.config.ts and the tests can use it; the app reads `env()` from
 * lib/env.ts, the one module that touches process.env.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const int = (name: string, min: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be ${min} or more` });

const url = (name: string) => z.url({ error: `${name} must be a full URL, like https://example.com` });

export const envSchema = z.object({
  SITE_URL: url('SITE_URL')
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
  CONTENT_DIR: z.string().min(1).optional(),
  PRERENDER_LIMIT: int('PRERENDER_LIMIT', 0).default(20000),
  SHOW_DRAFTS: z.enum(['0', '1'], { error: 'SHOW_DRAFTS must be 1 (show drafts) or 0' }).optional(),
  BUILD_CPUS: int('BUILD_CPUS', 1).optional(),
  NEXT_DIST_DIR: z.string().min(1).default('.next'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must be a PostgreSQL connection string (postgres://user@host:5432/db)' })
    .optional(),
  DATABASE_FILE: z.string().min(1).optional(),
  LETTER_RETENTION_DAYS: int('LETTER_RETENTION_DAYS', 1).default(30),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, { error: 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)' })
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\S+$/, { error: 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)' })
    .optional(),
  STRIPE_API_BASE: url('STRIPE_API_BASE')
    .default('https://api.stripe.com')
    .refine((u) => new URL(u).protocol === 'https:' || LOOPBACK.has(new URL(u).hostname), {
      error: 'STRIPE_API_BASE must be https, or http on this machine (127.0.0.1, localhost, [::1]) for a local stand-in',
    }),
  LETTER_PRICE_CENTS: int('LETTER_PRICE_CENTS', 50).default(4000),
  RATE_LIMIT_LETTERS: int('RATE_LIMIT_LETTERS', 1).default(20),
  RATE_LIMIT_CHECKOUTS: int('RATE_LIMIT_CHECKOUTS', 1).default(20),
  TRUSTED_PROXIES: int('TRUSTED_PROXIES', 0).default(0),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { error: 'LOG_LEVEL must be debug, info, warn or error' }).default('info'),
  // Set by Next.js itself, not by the operator (so not in the README's table).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_RUNTIME: z.string().optional(),
});

/** Variables Next.js sets; every other key of the schema is in the README's table. */
export const SET_BY_NEXT = ['NODE_ENV', 'NEXT_RUNTIME'] as const;

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The environment is misconfigured:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Each problem names the variable: "RATE_LIMIT_LETTERS: RATE_LIMIT_LETTERS must be a whole number (got "many")". */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value counts as unset, as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new EnvError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const value = present[name];
      const shown = value === undefined || /SECRET|KEY|DATABASE_URL/.test(name) ? '' : ` (got "${value}")`;
      return `${name}: ${issue.message}${shown}`;
    }),
  );
}

/** What a production server needs for payments; each missing piece is a reason to refuse to start. */
export function paymentProblems(e: Env): string[] {
  const problems: string[] = [];
  if (!e.STRIPE_SECRET_KEY) problems.push('STRIPE_SECRET_KEY is not set: checkout cannot work');
  if (!e.STRIPE_WEBHOOK_SECRET) problems.push('STRIPE_WEBHOOK_SECRET is not set: payments would never be confirmed');
  if (e.STRIPE_SECRET_KEY?.includes('_live_') && e.STRIPE_API_BASE !== 'https://api.stripe.com') {
    problems.push('STRIPE_API_BASE must be https://api.stripe.com with a live key');
  }
  return problems;
}
