import Link from 'next/link';
import { absoluteUrl } from '@/lib/site';

export type Crumb = { name: string; path: string };

export function breadcrumbJsonLd(crumbs: Crumb[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-base text-muted">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, i) => (
          <li key={crumb.path} className="flex gap-x-2">
            {i === crumbs.length - 1 ? (
              <span aria-current="page">{crumb.name}</span>
            ) : (
              <>
                <Link href={crumb.path}>{crumb.name}</Link>
                <span aria-hidden="true">›</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
