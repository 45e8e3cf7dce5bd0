import { formatDate } from '@/lib/appeal/format';
import type { Source } from '@/lib/content/schema';

/** Sources, the not-advice line, and when the page was last reviewed. */
export function SourcesFooter({ sources, lastReviewed }: { sources: Source[]; lastReviewed?: string }) {
  return (
    <footer className="mt-10 border-t border-slate-200 pt-4 text-base text-muted">
      <h2 className="text-lg font-semibold text-ink">Sources</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        We wrote this page to explain how appeals work; it cannot weigh your own case, so it is not legal or medical advice.
        {lastReviewed && (
          <>
            {' '}
            Last reviewed <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>.
          </>
        )}
      </p>
    </footer>
  );
}
