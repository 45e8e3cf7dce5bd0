import type { AppProps } from 'next/app';
import { SiteShell } from '@/components/site-shell';
import '../app/globals.css';

/**
 * The Pages Router serves only the guide pages, as plain HTML with no JavaScript (`unstable_runtimeJS:
 * false`); the frame and the styles are the App Router's own.
 */
export default function App({ Component, pageProps }: AppProps) {
  return (
    <SiteShell>
      <Component {...pageProps} />
    </SiteShell>
  );
}
