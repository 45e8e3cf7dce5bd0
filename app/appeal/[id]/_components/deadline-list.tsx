import type { Deadline } from '@/lib/appeal/letter';

const long = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export function DeadlineList({ deadlines }: { deadlines: Deadline[] }) {
  return (
    <section aria-labelledby="deadlines" className="mt-8" data-testid="letter-deadlines">
      <h2 id="deadlines" className="text-2xl font-semibold">Your deadlines</h2>
      <ul className="mt-3 space-y-3">
        {deadlines.map((d) => (
          <li key={d.id} className="rounded-lg border border-slate-300 p-3">
            <p className="font-semibold">
              {d.label}{d.date ? <>: <time dateTime={d.date}>{long(d.date)}</time></> : d.hours ? `: within ${d.hours} hours` : ''}
            </p>
            {d.note && <p className="text-base">{d.note}</p>}
            <p className="text-sm text-muted">{d.citation}{d.checkNotice ? ' — check your denial notice for the exact date' : ''}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
