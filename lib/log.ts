import { env } from '@/lib/env';

/**
 * The one logger: one JSON line per event, with only these fields. There is deliberately no free-text
 * field, so nothing the patient typed (the case, a pasted letter, an email) can reach the logs; an error is
 * logged by its class name and code, never its message.
 */
export type LogFields = {
  letterId?: string;
  requestId?: string;
  sessionId?: string;
  eventId?: string;
  status?: number | string;
  /** A fixed, code-chosen word or phrase (a variable's name, a setting), never user input. */
  reason?: string;
  error?: unknown;
};

type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  // Stripe's errors carry their class in `type` (StripeInvalidRequestError); their `name` is plain "Error".
  const { code, type } = error as { code?: unknown; type?: unknown };
  const name = typeof type === 'string' && type.startsWith('Stripe') ? type : error.name;
  return typeof code === 'string' ? `${name}:${code}` : name;
}

export function formatLine(level: Level, event: string, fields: LogFields = {}, now = new Date()): string {
  const { error, ...rest } = fields;
  return JSON.stringify({ time: now.toISOString(), level, event, ...rest, ...(error === undefined ? {} : { error: errorName(error) }) });
}

function write(level: Level, event: string, fields?: LogFields) {
  if (RANK[level] < RANK[env().LOG_LEVEL]) return;
  const line = `${formatLine(level, event, fields)}\n`;
  if (RANK[level] >= RANK.warn) process.stderr.write(line);
  else process.stdout.write(line);
}

export const log = {
  debug: (event: string, fields?: LogFields) => write('debug', event, fields),
  info: (event: string, fields?: LogFields) => write('info', event, fields),
  warn: (event: string, fields?: LogFields) => write('warn', event, fields),
  error: (event: string, fields?: LogFields) => write('error', event, fields),
};
