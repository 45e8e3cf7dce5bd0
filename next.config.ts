import os from 'node:os';
import type { NextConfig } from 'next';
import { parseEnv } from './lib/env-schema';

// The build's own settings, through the app's one schema (a bad value fails the build with its name).
const env = parseEnv(process.env);

const nextConfig: NextConfig = {
  // Lets the build benchmark build into its own folder without touching the real build.
  distDir: env.NEXT_DIST_DIR,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'pg', 'pdfkit', 'fontkit'],
  reactStrictMode: true,
  // On-demand guide pages and OG images go to the store every server shares when there is one (PostgreSQL).
  cacheHandler: require.resolve('./lib/cache/handler.mjs'),
  experimental: {
    // Static generation is most of the build; Next's default leaves one core idle.
    cpus: env.BUILD_CPUS ?? os.availableParallelism(),
    // Above the default 1 MB, so a very long paste reaches the form's own "too long" message instead of a 500.
    serverActions: { bodySizeLimit: '5mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      {
        // Guide pages are static: a policy without a nonce. Letter pages get a nonce-based one from proxy.ts.
        source: '/:path((?!appeal(?:/|$)).*)',
        headers: [{ key: 'Content-Security-Policy', value: "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'" }],
      },
      {
        // Letter and form pages: never cached, and no Referer ever leaves the site. Not `no-referrer`: under it
        // Chrome sends `Origin: null` with a plain (no-JavaScript) form POST, which the server-action CSRF
        // check refuses.
        source: '/appeal/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
      {
        // The URLs that carry the key or the letter itself send no Referer at all. Listed last: for the same
        // header, the last matching block wins (the route's own header is overridden by these blocks).
        source: '/appeal/:id/open',
        headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
      },
      {
        source: '/appeal/:id/letter/download',
        headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
      },
    ];
  },
};

export default nextConfig;
