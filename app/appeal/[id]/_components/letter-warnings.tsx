import Link from 'next/link';

/** What the patient should fix or check before the letter goes out, with the way back to their answers. */
export function LetterWarnings({ id, warnings }: { id: string; warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings" className="mt-6 rounded-xl border-2 border-amber-500 bg-amber-50 p-4" data-testid="letter-warnings">
      <h2 id="warnings" className="text-xl font-semibold">
        Before you send it
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <p className="mt-3">
        <Link href={`/appeal/${id}/edit`}>Edit your answers</Link>
      </p>
    </section>
  );
}
