import { SourcesFooter } from '@/components/sources-footer';
import type { Guide } from '@/lib/content/types';

export function GuideFooter({ guide }: { guide: Guide }) {
  return <SourcesFooter sources={guide.sources} lastReviewed={guide.lastReviewed} />;
}
