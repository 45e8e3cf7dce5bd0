import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
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
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
