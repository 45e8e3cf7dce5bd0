import type { ContentIndex } from '@/lib/content/types';

const BENEFIT_WORDS: Record<string, string> = {
  pharmacy: 'prescription drug requests',
  imaging: 'imaging requests (MRI, CT, PET)',
  sleep: 'sleep study requests',
  'genetic-testing': 'genetic testing requests',
  'specialty-drugs': 'specialty drug requests',
  therapy: 'therapy requests',
  other: 'some requests',
};

/** Who actually reviews requests for this payer, from the benefit managers' sourced `serves` entries. */
export function WhoDecides({ index, payer, highlight }: { index: ContentIndex; payer: string; highlight?: string }) {
  const insurer = index.insurers.get(payer);
  const rows = [...index.benefitManagers.values()].flatMap((m) => m.serves.filter((s) => s.payer === payer).map((s) => ({ manager: m, serve: s })));
  if (!insurer || rows.length === 0) return null;
  return (
    <section aria-labelledby="who-decides" className="mt-6 rounded-xl border border-slate-300 p-4" data-testid="who-decides">
      <h2 id="who-decides" className="text-xl font-semibold">
        Who decides for {insurer.name}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {rows.map(({ manager, serve }) => (
          <li key={`${manager.slug}-${serve.benefit}`} className={manager.slug === highlight ? 'font-semibold' : undefined}>
            <a href={`/guides/${manager.slug}`}>{manager.name}</a> reviews {BENEFIT_WORDS[serve.benefit]} for {insurer.name}
            {serve.note ? ` (${serve.note})` : ''}.{' '}
            <a href={serve.source.url} rel="noopener" className="text-base">
              Source
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-base">The appeal rules are still those of your plan: the plan named on your card and letter.</p>
    </section>
  );
}
