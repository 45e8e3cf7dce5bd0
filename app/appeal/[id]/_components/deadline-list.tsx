import { formatDate } from '@/lib/appeal/format';
import type { Deadline } from '@/lib/appeal/letter';
import { ruleHref } from '@/lib/appeal/plans/entries';

export function DeadlineList({ deadlines }: { deadlines: Deadline[] }) {
  return (
    <section aria-labelledby="deadlines" className="mt-8" data-testid="letter-deadlines">
      <h2 id="deadlines" className="text-2xl font-semibold">
        Your deadlines
      </h2>
      <ul className="mt-3 space-y-3">
        {deadlines.map((d) => (
          <li key={d.id} className="rounded-lg border border-slate-300 p-3">
            <p className="font-semibold">
              {d.label}
              {d.date ? (
                <>
                  : <time dateTime={d.date}>{formatDate(d.date)}</time>
                </>
              ) : d.within ? (
                `: ${d.within}`
              ) : (
                ''
              )}
            </p>
            {d.note && <p className="text-base">{d.note}</p>}
            <p className="text-sm text-muted">
              {d.citation}
              {d.checkNotice ? ' — check your denial notice for the exact date' : ''} · <a href={ruleHref(d.ruleKey)}>How we count this</a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
