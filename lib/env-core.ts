import { EnvError, parseEnv, paymentProblems, type Env } from './env-schema';

export { EnvError, type Env } from './env-schema';

/**
 * The one reader of process.env: every variable the app uses, parsed once and then kept. Server code imports
 * it through lib/env.ts (server-only); the statically rendered Pages Router guide page, which Next also bundles
 * for the browser, imports this module directly for public settings such as SITE_URL.
 */
let parsed: Env | undefined;

/** The environment, parsed on first use (at server start, from instrumentation.ts) and then kept. */
export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** Called once at server start: a bad or (in production) missing variable stops the server, naming it. */
export function checkEnvAtStart(source: Record<string, string | undefined> = process.env): Env {
  const e = parseEnv(source);
  parsed = e;
  const problems = e.NODE_ENV === 'production' ? paymentProblems(e) : [];
  if (problems.length > 0) throw new EnvError(problems);
  return e;
}
