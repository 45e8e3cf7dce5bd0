/** Runs once when the server starts: a misconfiguration stops it now, not at the first request. */
export async function register() {
  // Next.js inlines NEXT_RUNTIME at build time; the environment itself is read in lib/env.ts.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('@/lib/server-start');
  await startServer();
}
