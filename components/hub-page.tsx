import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { absoluteUrl } from '@/lib/site';

/** Shared frame for browse pages: breadcrumbs, title, intro and CollectionPage structured data. */
export function HubPage({ crumbs, title, intro, children }: { crumbs: Crumb[]; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  const path = crumbs.at(-1)?.path ?? '/guides';
  return (
    <>
      <JsonLd
        data={{ '@context': 'https://schema.org', '@graph': [{ '@type': 'CollectionPage', name: title, url: absoluteUrl(path) }, breadcrumbJsonLd(crumbs)] }}
      />
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{title}</h1>
      {intro && <div className="mt-4 text-lg">{intro}</div>}
      <div className="mt-8 space-y-10">{children}</div>
    </>
  );
}
