import type { Guide } from '@/lib/content/types';

export function GuideFooter({ guide }: { guide: Guide }) {
  return (
    <footer className="mt-10 border-t border-slate-200 pt-4 text-base text-muted">
      <h2 className="text-lg font-semibold text-ink">Sources</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {guide.sources.map((s) => <li key={s.url}><a href={s.url} rel="noopener">{s.title}</a></li>)}
      </ul>
      <p className="mt-4">
        This page is general information, not legal or medical advice. Last reviewed{' '}
        <time dateTime={guide.lastReviewed}>{new Date(`${guide.lastReviewed}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })}</time>.
      </p>
    </footer>
  );
}
