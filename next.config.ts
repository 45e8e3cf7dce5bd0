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
        // Letter and form pages: never cached, and the private link never leaks through Referer.
        source: '/appeal/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      },
    ];
  },
};

export default nextConfig;
