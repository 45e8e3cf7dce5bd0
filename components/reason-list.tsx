import Link from 'next/link';
import { reasonPath } from '@/lib/content/queries';
import type { ContentIndex } from '@/lib/content/types';

export function ReasonList({ index }: { index: ContentIndex }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {[...index.reasons.values()].map((reason) => (
        <li key={reason.slug}>
          <Link href={reasonPath(reason.slug)}>{reason.short}</Link>
        </li>
      ))}
    </ul>
  );
}
