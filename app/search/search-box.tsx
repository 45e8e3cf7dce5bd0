'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { searchDocs, type SearchDoc } from '@/lib/search';

const KIND = { guide: 'Guide', article: 'Article', code: 'Denial code' } as const;

/** Loads the search index on first use only, so no page pays for it until someone searches. */
export function SearchBox({ initialQuery = '' }: { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [docs, setDocs] = useState<SearchDoc[] | null>(null);
  const loading = useRef<Promise<void> | null>(null);

  const load = () => {
    loading.current ??= fetch('/search-index.json')
      .then((r) => r.json() as Promise<SearchDoc[]>)
      .then(setDocs);
    return loading.current;
  };

  const results = docs ? searchDocs(docs, query) : [];
  return (
    <div className="mt-6">
      <label htmlFor="search" className="block font-medium">
        Search guides, articles and denial codes
      </label>
      <p id="search-hint" className="text-base text-muted">
        A drug, an insurer (or the name on your letter), or a code such as CO-197.
      </p>
      <input
        id="search"
        type="search"
        value={query}
        onFocus={load}
        onChange={(e) => {
          setQuery(e.target.value);
          void load();
        }}
        aria-describedby="search-hint"
        aria-controls="search-results"
        className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 text-lg"
        autoComplete="off"
      />
      <div id="search-results" aria-live="polite" className="mt-4" data-testid="search-results">
        {query.trim() &&
          docs &&
          (results.length === 0 ? (
            <p>
              No results. Try the drug’s other name, or <Link href="/guides">browse all guides</Link>.
            </p>
          ) : (
            <ul className="space-y-2">
              {results.map((d) => (
                <li key={d.u}>
                  <Link href={d.u}>{d.t}</Link> <span className="text-sm text-muted">({KIND[d.k]})</span>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </div>
  );
}
