import Link from 'next/link';
import { SITE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand no-underline">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base whitespace-nowrap">
            <li>
              <Link href="/guides">Guides</Link>
            </li>
            <li>
              <Link href="/learn">Learn</Link>
            </li>
            <li>
              <Link href="/codes">Codes</Link>
            </li>
            <li>
              <Link href="/search">Search</Link>
            </li>
            <li>
              <Link href="/appeal">Draft a letter</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
