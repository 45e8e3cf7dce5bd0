import type { GetStaticPaths, GetStaticProps } from 'next';
import Head from 'next/head';
import { renderToStaticMarkup } from 'react-dom/server';
import { GuideView } from '@/components/guide/guide-view';
import { getContent } from '@/lib/content/loader';
import { guideNames, guidePath, prerenderedGuides } from '@/lib/content/queries';
import { env } from '@/lib/env-core';
import { guideKey } from '@/lib/content/types';
import { absoluteUrl, SITE_NAME } from '@/lib/site';

/**
 * A guide page, served as static HTML with no JavaScript: the page has nothing that needs it (the finder
 * is a GET form, the deadline chooser is an exclusive <details> accordion). The most important guides are
 * prerendered; any other listed guide renders on its first request and is then cached.
 */
export const config = { unstable_runtimeJS: false };

type Params = { insurer: string; drug: string; reason: string };
type Props = { html: string; title: string; description: string; path: string; ogImage: string; draft: boolean };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: prerenderedGuides(getContent(), env().PRERENDER_LIMIT).map(({ insurer, drug, reason }) => ({ params: { insurer, drug, reason } })),
  fallback: 'blocking',
});

export const getStaticProps: GetStaticProps<Props, Params> = ({ params }) => {
  const index = getContent();
  const guide = params && index.guides.get(guideKey(params.insurer, params.drug, params.reason));
  if (!guide) return { notFound: true };
  const { title } = guideNames(index, guide);
  return {
    props: {
      html: renderToStaticMarkup(<GuideView index={index} guide={guide} />),
      title,
      description: guide.summary,
      path: guidePath(guide),
      ogImage: `/og/${guide.key}`,
      draft: guide.draft,
    },
  };
};

export default function GuidePage({ html, title, description, path, ogImage, draft }: Props) {
  const url = absoluteUrl(path);
  return (
    <>
      <Head>
        <title>{`${title} | ${SITE_NAME}`}</title>
        <meta name="description" content={description} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="canonical" href={url} />
        {draft && <meta name="robots" content="noindex" />}
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={url} />
        <meta property="og:type" content="article" />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:image" content={absoluteUrl(ogImage)} />
        <meta property="og:image:width" content="1200" />
        <meta property="og:image:height" content="630" />
        <meta name="twitter:card" content="summary_large_image" />
      </Head>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
