import { renderToStaticMarkup } from 'react-dom/server';
import { GuideView } from '@/components/guide/guide-view';
import type { ContentIndex, Guide } from '@/lib/content/types';

/** A guide page's main content as the site renders it, for the uniqueness measure. */
export const guideHtml = (index: ContentIndex) => (guide: Guide) => renderToStaticMarkup(<GuideView index={index} guide={guide} />);
