import type { GetStaticPaths, GetStaticProps } from 'next';
import { renderToStaticMarkup } from 'react-dom/server';
import { InsurerHub, insurerHubMeta } from '@/components/hubs/insurer-hub';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { getContent } from '@/lib/content/loader';

/** An insurer's or benefit manager's hub, served as static HTML with no JavaScript (see StaticPage). */
export const config = { unstable_runtimeJS: false };

type Params = { insurer: string };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: [...getContent().byInsurer.keys()].map((insurer) => ({ params: { insurer } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StaticPageProps, Params> = ({ params }) => {
  const index = getContent();
  const insurer = params && index.insurers.get(params.insurer);
  if (!insurer || !index.byInsurer.has(insurer.slug)) return { notFound: true };
  return { props: { html: renderToStaticMarkup(<InsurerHub index={index} insurer={insurer} />), meta: insurerHubMeta(insurer) } };
};

export default StaticPage;
