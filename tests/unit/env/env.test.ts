import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnvAtStart, EnvError } from '@/lib/env';
import { envSchema, parseEnv, SET_BY_NEXT } from '@/lib/env-schema';

const ROOT = path.resolve(__dirname, '../../..');

/** The variable names in the first column of the README's "## Environment" table. */
function readmeVariables(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Environment$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1] as string));
}

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
};

describe('the environment', () => {
  it('the README table lists exactly the variables of the schema', () => {
    const schema = Object.keys(envSchema.shape).filter((name) => !(SET_BY_NEXT as readonly string[]).includes(name));
    expect(readmeVariables().sort()).toEqual(schema.sort());
  });

  it('gives the defaults a local run needs when nothing is set', () => {
    const e = parseEnv({});
    expect(e).toMatchObject({
      SITE_URL: 'http://localhost:3000',
      PRERENDER_LIMIT: 20000,
      RATE_LIMIT_LETTERS: 20,
      TRUSTED_PROXIES: 0,
      STRIPE_API_BASE: 'https://api.stripe.com',
    });
  });

  it('names a malformed variable and what is wrong with it', () => {
    expect(problemsOf(() => parseEnv({ RATE_LIMIT_LETTERS: 'many' }))).toEqual(['RATE_LIMIT_LETTERS: RATE_LIMIT_LETTERS must be a whole number (got "many")']);
    expect(problemsOf(() => parseEnv({ SITE_URL: 'denialhelp.example' }))[0]).toMatch(/^SITE_URL: SITE_URL must be a full URL/);
    expect(problemsOf(() => parseEnv({ STRIPE_API_BASE: 'http://stripe.evil.example' }))[0]).toMatch(/^STRIPE_API_BASE: .*http on this machine/);
    // A secret's value is never echoed into the message.
    expect(problemsOf(() => parseEnv({ STRIPE_SECRET_KEY: 'pk_live_leaky' }))).toEqual([
      'STRIPE_SECRET_KEY: STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)',
    ]);
  });

  it('refuses to start a production server with a payments variable missing, naming it', () => {
    const problems = problemsOf(() => checkEnvAtStart({ NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_test_abc' }));
    expect(problems).toEqual(['STRIPE_WEBHOOK_SECRET is not set: payments would never be confirmed']);
    expect(problemsOf(() => checkEnvAtStart({ NODE_ENV: 'production' }))).toContain('STRIPE_SECRET_KEY is not set: checkout cannot work');
    expect(
      problemsOf(() =>
        checkEnvAtStart({ NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_API_BASE: 'http://127.0.0.1:1' }),
      ),
    ).toEqual(['STRIPE_API_BASE must be https://api.stripe.com with a live key']);
    // Development starts without payments (checkout then explains it is off).
    expect(problemsOf(() => checkEnvAtStart({ NODE_ENV: 'development' }))).toEqual([]);
  });

  it('is read only by lib/env-core.ts (next.config.ts hands it to the schema; instrumentation checks the runtime Next inlines)', () => {
    const appVariable = new RegExp(`process\\.env\\.(${Object.keys(envSchema.shape).join('|')})\\b`);
    const allowed = new Map([
      ['lib/env-core.ts', /process\.env/],
      ['next.config.ts', /parseEnv\(process\.env\)/],
      ['instrumentation.ts', /process\.env\.NEXT_RUNTIME/],
    ]);
    const files = ['app', 'pages', 'components', 'lib', 'scripts'].flatMap((dir) =>
      fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)),
    );
    const offenders = [...files, 'proxy.ts', 'instrumentation.ts', 'next.config.ts']
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
      .flatMap((f) => {
        const lines = fs
          .readFileSync(path.join(ROOT, f), 'utf8')
          .split('\n')
          .filter((l) => /process\.env/.test(l) && !/^\s*(\/\/|\*|\/\*)/.test(l));
        const ok = allowed.get(f);
        // Scripts may hand the environment to a child process ({ ...process.env, X: … }), and read their own
        // tool settings (CHROMIUM_PATH, npm's INIT_CWD), but never one of the app's variables.
        const tool = f.startsWith('scripts/');
        return lines.filter((l) => !(ok && ok.test(l)) && !/\.\.\.process\.env/.test(l) && !(tool && !appVariable.test(l))).map((l) => `${f}: ${l.trim()}`);
      });
    expect(offenders).toEqual([]);
  });
});
