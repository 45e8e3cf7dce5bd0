import 'server-only';
import { checkEnvAtStart, EnvError } from '@/lib/env';
import { STRIPE_API } from '@/lib/payments/config';
import { installPeerHook } from '@/lib/peer';
import { log } from '@/lib/log';

/** Runs once when a server starts (instrumentation.ts): the environment is checked now, not at the first request. */
export async function startServer(): Promise<void> {
  let e;
  try {
    e = checkEnvAtStart();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // Each problem names a variable (never a secret's value); the server refuses to start.
    for (const problem of error.problems) log.error('env.invalid', { reason: problem });
    process.exit(1);
  }
  installPeerHook();
  if (e.DATABASE_URL) {
    const { registerSharedCache } = await import('@/lib/cache/shared-store');
    await registerSharedCache();
  }
  if (!e.STRIPE_SECRET_KEY) log.warn('payments.disabled', { reason: 'STRIPE_SECRET_KEY is not set' });
  else if (e.STRIPE_API_BASE !== STRIPE_API) log.info('payments.local_api', { reason: 'STRIPE_API_BASE points at this machine' });
}
