import type { LetterSummary } from '@/lib/appeal/form/state';
import { joinAnd } from '@/lib/appeal/format';
import { describedByFor, FieldError, fieldId, inputClass } from './field';

/**
 * "Paste your denial letter": a textarea and a submit button with intent `read-letter`, inside the
 * appeal form so the server sees what the patient already typed (and never overwrites it).
 */
export function PasteLetter({ text, errors, reading, onRead }: { text: string; errors?: string[]; reading: boolean; onRead: () => void }) {
  const id = fieldId('letterText');
  return (
    <div>
      <p className="mt-2">
        Paste the text of the denial letter or explanation of benefits and we fill in what it states, then ask only what is still missing. Each answer we fill
        is marked for you to check, and nothing you have already typed is changed.
      </p>
      <div className="mt-4">
        <label htmlFor={id} className="block font-medium">
          Text of the denial letter
        </label>
        <p id={`${id}-hint`} className="text-base text-muted">
          Copy it from the insurer’s website or the PDF. We read it only to fill in this form and do not keep it.
        </p>
        <textarea
          id={id}
          name="letterText"
          rows={6}
          defaultValue={text}
          aria-describedby={describedByFor(id, { hint: true, error: Boolean(errors?.length) })}
          aria-invalid={errors?.length ? true : undefined}
          className={inputClass}
        />
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
      <button
        type="submit"
        name="intent"
        value="read-letter"
        formNoValidate
        disabled={reading}
        onClick={onRead}
        className="mt-3 rounded-md bg-brand px-6 py-3 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {reading ? 'Reading your letter…' : 'Read my letter'}
      </button>
    </div>
  );
}

/** What reading the letter did, announced in the form's status region. */
export function LetterReadSummary({ summary }: { summary: LetterSummary }) {
  if (!summary.english) {
    return (
      <div className="rounded-lg border-2 border-slate-500 bg-slate-50 p-4" data-testid="letter-summary">
        <p className="font-semibold">This letter does not seem to be in English, so we filled in nothing.</p>
        <p className="mt-1">We can read letters in English only for now. Please answer the questions yourself from your letter.</p>
      </div>
    );
  }
  if (!summary.isDenial) {
    return (
      <div className="rounded-lg border-2 border-slate-500 bg-slate-50 p-4" data-testid="letter-summary">
        <p className="font-semibold">This letter does not read like a denial, so we filled in nothing.</p>
        <p className="mt-1">It looks like an approval or a paid claim. If part of it was denied, fill in the form yourself from the lines that say so.</p>
      </div>
    );
  }
  return (
    <div className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4" data-testid="letter-summary">
      {summary.filled.length ? (
        <>
          <p className="font-semibold">We read your letter and filled in what it states.</p>
          <p className="mt-1">Filled in: {joinAnd(summary.filled)}. Each is marked “Read from your letter”: please check it against the letter.</p>
        </>
      ) : (
        <p className="font-semibold">We could not fill in anything new from this letter.</p>
      )}
      {summary.kept.length > 0 && <p className="mt-1">You had already typed {joinAnd(summary.kept)}, so we kept your answer.</p>}
      {summary.missing.length > 0 && <p className="mt-1">Not found in the letter, for you to fill in: {joinAnd(summary.missing)}.</p>}
      {summary.codes.length > 0 && (
        <p className="mt-1">
          Codes on the letter:{' '}
          {summary.codes.map((c, i) => (
            <span key={c.code}>
              {i > 0 && ', '}
              {c.href ? (
                <a href={c.href} target="_blank" rel="noopener">
                  {c.code}
                  <span className="sr-only"> (what it means, opens in a new tab)</span>
                </a>
              ) : (
                c.code
              )}
            </span>
          ))}
          .
        </p>
      )}
      <p className="mt-1">
        Below are only the questions still open. The plan type, the treatment timing and the medical facts are yours and your doctor’s to give.
      </p>
    </div>
  );
}
