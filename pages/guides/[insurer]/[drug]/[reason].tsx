import type { GetStaticPaths, GetStaticProps } from 'next';
import { renderToStaticMarkup } from 'react-dom/server';
import { GuideView } from '@/components/guide/guide-view';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { getContent } from '@/lib/content/loader';
import { guideNames, guidePath, prerenderedGuides } from '@/lib/content/queries';
import { env } from '@/lib/env-core';
import { guideKey } from '@/lib/content/types';

/**
 * A guide page, served as static HTML with no JavaScript: the page has nothing that needs it (the finder
 * is a GET form, the deadline chooser is an exclusive <details> accordion). The most important guides are
 * prerendered; any other listed guide renders on its first request and is then cached.
 */
export const config = { unstable_runtimeJS: false };

type Params = { insurer: string; drug: string; reason: string };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: prerenderedGuides(getContent(), env().PRERENDER_LIMIT).map(({ insurer, drug, reason }) => ({ params: { insurer, drug, reason } })),
  fallback: 'blocking',
});

export const getStaticProps: GetStaticProps<StaticPageProps, Params> = ({ params }) => {
  const index = getContent();
  const guide = params && index.guides.get(guideKey(params.insurer, params.drug, params.reason));
  if (!guide) return { notFound: true };
  const { title } = guideNames(index, guide);
  return {
    props: {
      html: renderToStaticMarkup(<GuideView index={index} guide={guide} />),
      meta: { title, description: guide.summary, path: guidePath(guide), ogType: 'article', ogImage: `/og/${guide.key}`, noindex: guide.draft },
    },
  };
};

export default StaticPage;
