import { LINE_SECTIONS, type Letter } from '@/lib/appeal/letter';

/**
 * The free preview: the first sections in full, the rest as headings only.
 * The locked text is never rendered, so it is in neither the HTML nor the React payload.
 */
export function LetterPreview({ letter }: { letter: Letter }) {
  const open = letter.sections.slice(0, letter.previewSectionCount);
  const locked = letter.sections.slice(letter.previewSectionCount);
  return (
    <section aria-labelledby="preview" className="mt-10">
      <h2 id="preview" className="text-2xl font-semibold">
        Letter preview
      </h2>
      <div className="mt-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm" data-testid="letter-preview">
        {open.map((s) => (
          <div key={s.id} className="mt-3 first:mt-0">
            {s.heading && <h3 className="font-semibold">{s.heading}</h3>}
            {LINE_SECTIONS.has(s.id) ? (
              <p className="whitespace-pre-line">{s.paragraphs.join('\n')}</p>
            ) : (
              s.paragraphs.map((p, i) => (
                <p key={i} className="mt-2">
                  {p}
                </p>
              ))
            )}
          </div>
        ))}
      </div>
      <div className="mt-4 rounded-xl border border-dashed border-slate-400 bg-slate-50 p-4" data-testid="letter-locked">
        <p className="font-semibold">The rest of your letter unlocks after payment:</p>
        <ul className="mt-2 list-disc pl-6">
          {locked.map((s) => (
            <li key={s.id}>{s.heading ?? s.id.replace(/-/g, ' ')}</li>
          ))}
        </ul>
        <p className="mt-2 text-base text-muted">
          Includes the criteria table with {letter.criteriaTable.length} {letter.criteriaTable.length === 1 ? 'criterion' : 'criteria'} and{' '}
          {letter.exhibits.length} numbered {letter.exhibits.length === 1 ? 'exhibit' : 'exhibits'}.
        </p>
      </div>
    </section>
  );
}
