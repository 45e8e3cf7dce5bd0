import { formatDate } from '@/lib/appeal/format';
import type { Guide, Insurer } from '@/lib/content/types';

/** The payer's named coverage policy this guide rests on, with its number and date, linked. */
export function PolicyBox({ guide, insurer, drugName }: { guide: Guide; insurer: Insurer; drugName: string }) {
  const p = guide.policy;
  if (!p) {
    return (
      <p className="my-4">
        The criteria come from {insurer.name}’s published medical or pharmacy policy and from the FDA label for {drugName}. If the criteria were not sent with
        your denial, ask for them in writing.
      </p>
    );
  }
  return (
    <div className="my-4 rounded-xl border border-slate-300 p-4" data-testid="policy">
      <p className="font-semibold">
        <a href={p.url} rel="noopener">
          {p.title}
        </a>
      </p>
      <p className="text-base">
        {p.number ? `${p.number} · ` : ''}
        {p.dateLabel} <time dateTime={p.date}>{formatDate(p.date)}</time>
      </p>
      <p className="mt-2">
        This is the policy {insurer.name} applies to {drugName}. Its criteria are below, each with the record that shows it.
      </p>
    </div>
  );
}
