import { ImageResponse } from 'next/og';
import { getContent } from '@/lib/content/loader';
import { guideNames } from '@/lib/content/queries';
import { guideKey } from '@/lib/content/types';
import { SITE_NAME } from '@/lib/site';

type Params = { insurer: string; drug: string; reason: string };

// Rendered on first request and cached, so 10,000 guides don't mean 10,000 PNGs at build time.
export const revalidate = false;
export function generateStaticParams(): Params[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { insurer, drug, reason } = await params;
  const index = getContent();
  const guide = index.guides.get(guideKey(insurer, drug, reason));
  if (!guide) return new Response('Not found', { status: 404 });
  const { title, reason: r } = guideNames(index, guide);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#eef6f7',
        color: '#1f2a37',
      }}
    >
      <div style={{ display: 'flex', fontSize: 36, fontWeight: 700, color: '#0f5e6e' }}>{SITE_NAME}</div>
      <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 32, color: '#4b5563' }}>{`${r.answer.split('. ')[0]}.`}</div>
    </div>,
    { width: 1200, height: 630 },
  );
}
