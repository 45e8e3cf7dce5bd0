import type { GetStaticPaths, GetStaticProps } from 'next';
import { renderToStaticMarkup } from 'react-dom/server';
import { InsurerDrugHub, insurerDrugHubMeta } from '@/components/hubs/insurer-drug-hub';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { getContent } from '@/lib/content/loader';

/** A payer × drug or service hub, served as static HTML with no JavaScript (see StaticPage). */
export const config = { unstable_runtimeJS: false };

type Params = { insurer: string; drug: string };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: [...getContent().byInsurerDrug.keys()].map((key) => {
    const [insurer = '', drug = ''] = key.split('/');
    return { params: { insurer, drug } };
  }),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StaticPageProps, Params> = ({ params }) => {
  const index = getContent();
  const guides = params && index.byInsurerDrug.get(`${params.insurer}/${params.drug}`);
  const insurer = params && index.insurers.get(params.insurer);
  const drug = params && index.drugs.get(params.drug);
  if (!guides || !insurer || !drug) return { notFound: true };
  return {
    props: {
      html: renderToStaticMarkup(<InsurerDrugHub index={index} insurer={insurer} drug={drug} guides={guides} />),
      meta: insurerDrugHubMeta(insurer, drug),
    },
  };
};

export default StaticPage;
