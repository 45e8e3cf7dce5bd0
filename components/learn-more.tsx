import Link from 'next/link';
import { codesForReason, learnLinks } from '@/lib/content/learn-links';
import type { ReasonSlug } from '@/lib/content/reasons';
import type { ContentIndex } from '@/lib/content/types';

export function LearnMore({ index, reason, limit }: { index: ContentIndex; reason: ReasonSlug; limit?: number }) {
  const links = learnLinks(index, reason).slice(0, limit);
  const codes = codesForReason(index, reason);
  if (links.length === 0 && codes.length === 0) return null;
  return (
    <section aria-labelledby="learn-more" className="no-print" data-testid="learn-more">
      <h2 id="learn-more" className="mt-10 mb-3 text-2xl font-semibold">
        Learn more
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.title}</Link>
          </li>
        ))}
      </ul>
      {codes.length > 0 && (
        <p className="mt-3">
          Codes you may see with this denial:{' '}
          {codes.map((c, i) => (
            <span key={c.slug}>
              {i > 0 && ', '}
              <Link href={`/codes/${c.slug}`}>{c.slug.toUpperCase()}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
