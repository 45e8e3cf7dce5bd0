import Link from 'next/link';
import { REASONS } from '@/lib/content/reasons';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl px-4 py-8 text-base text-muted">
        <nav aria-label="Denial reasons" className="no-print mb-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {REASONS.map((reason) => (
              <li key={reason}>
                <Link href={`/denials/${reason}`}>{reason.replace(/-/g, ' ')}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          DenialHelp gives general information about health-insurance appeals. It is not legal or medical advice. Your plan documents and your denial notice
          control; when they give you more time, use it.
        </p>
      </div>
    </footer>
  );
}
