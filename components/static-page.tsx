import Head from 'next/head';
import { absoluteUrl, SITE_NAME } from '@/lib/site';

/** What a plain-HTML page says about itself: the tags the App Router's metadata gives its own pages. */
export type StaticMeta = {
  title: string;
  description: string;
  path: string;
  ogType: 'article' | 'website';
  ogImage?: string;
  noindex?: boolean;
};

/** The props of a Pages Router page served as static HTML with no JavaScript: its main content, rendered once at build. */
export type StaticPageProps = { html: string; meta: StaticMeta };

function StaticHead({ title, description, path, ogType, ogImage, noindex }: StaticMeta) {
  const url = absoluteUrl(path);
  return (
    <Head>
      <title>{`${title} | ${SITE_NAME}`}</title>
      <meta name="description" content={description} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <link rel="canonical" href={url} />
      {noindex && <meta name="robots" content="noindex" />}
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:type" content={ogType} />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:locale" content="en_US" />
      {ogImage && (
        <>
          <meta property="og:image" content={absoluteUrl(ogImage)} />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta name="twitter:card" content="summary_large_image" />
        </>
      )}
    </Head>
  );
}

/**
 * A guide or a guide hub: nothing on it needs JavaScript (links, a GET form, an exclusive <details>
 * accordion), so the route ships none (`unstable_runtimeJS: false`) and the build renders it as a Pages
 * Router page, several times cheaper per page than an App Router prerender.
 */
export function StaticPage({ html, meta }: StaticPageProps) {
  return (
    <>
      <StaticHead {...meta} />
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
