import type { Metadata, Viewport } from 'next';
import { SiteShell } from '@/components/site-shell';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME} — appeal a health-insurance denial`, template: `%s | ${SITE_NAME}` },
  description: 'Plain-language guides to appealing a health-insurance denial, and a criteria-mapped appeal letter your doctor can sign.',
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_US' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f5e6e' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteShell>{children}</SiteShell>
      </body>
    </html>
  );
}
