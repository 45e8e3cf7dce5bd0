import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchBox } from './search-box';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search DenialHelp guides, articles and denial codes.',
  alternates: { canonical: '/search' },
};

export default function SearchPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Search</h1>
      <SearchBox />
      <noscript>
        <p className="mt-4">
          Search needs JavaScript. You can <Link href="/guides">browse all guides</Link> or use the guide finder on the home page.
        </p>
      </noscript>
    </>
  );
}
