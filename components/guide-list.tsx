import Link from 'next/link';
import { guideLinkText, guidePath } from '@/lib/content/queries';
import type { ContentIndex, Guide } from '@/lib/content/types';

export function GuideList({ index, guides, text }: { index: ContentIndex; guides: Guide[]; text?: (g: Guide) => string }) {
  if (guides.length === 0) return <p className="text-muted">No guides yet.</p>;
  return (
    <ul className="space-y-2">
      {guides.map((g) => (
        <li key={g.key}>
          <Link href={guidePath(g)}>{text ? text(g) : guideLinkText(index, g)}</Link>
          {g.draft && <span className="ml-2 rounded bg-amber-100 px-2 text-sm text-warn">draft</span>}
        </li>
      ))}
    </ul>
  );
}
