import Head from 'next/head';
import { NotFoundBody } from '@/components/not-found-body';
import { SITE_NAME } from '@/lib/site';

export const config = { unstable_runtimeJS: false };

export default function NotFound() {
  return (
    <>
      <Head>
        <title>{`Page not found | ${SITE_NAME}`}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <NotFoundBody />
    </>
  );
}
