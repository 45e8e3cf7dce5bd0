import type { ContentIndex } from '@/lib/content/types';

const select = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base';

/** A plain GET form: works without JavaScript; /find redirects to the closest page. */
export function GuideFinder({ index }: { index: ContentIndex }) {
  const byName = <T extends { name: string }>(items: Iterable<T>) => [...items].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form action="/find" method="get" className="grid gap-4 rounded-xl border border-slate-300 bg-calm p-4 sm:grid-cols-2" aria-label="Find your guide">
      <label className="block font-medium">
        Your insurer
        <select name="insurer" className={select} defaultValue="">
          <option value="">Any insurer</option>
          {byName(index.insurers.values()).map((i) => (
            <option key={i.slug} value={i.slug}>
              {i.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block font-medium">
        Drug or service
        <select name="drug" className={select} defaultValue="">
          <option value="">Any drug or service</option>
          {byName(index.drugs.values()).map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block font-medium">
        Why it was denied
        <select name="reason" className={select} defaultValue="">
          <option value="">Not sure</option>
          {[...index.reasons.values()].map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.short}
            </option>
          ))}
        </select>
      </label>
      <label className="block font-medium">
        Your state (for its own rules)
        <select name="state" className={select} defaultValue="">
          <option value="">Any state</option>
          {byName(index.states.values()).map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark sm:col-span-2 sm:justify-self-start">
        Find my guide
      </button>
    </form>
  );
}
