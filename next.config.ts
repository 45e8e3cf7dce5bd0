import os from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets the build benchmark build into its own folder without touching the real build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'pg', 'pdfkit'],
  reactStrictMode: true,
  experimental: {
    // Static generation is most of the build; Next's default leaves one core idle.
    cpus: Number(process.env.BUILD_CPUS ?? os.availableParallelism()),
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
        // check refuses. The one URL that carries the key, /appeal/{id}/open, answers with `no-referrer`.
        source: '/appeal/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
