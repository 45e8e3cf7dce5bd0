import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { composeLetter } from '@/lib/appeal/compose';
import { SITE_URL } from '@/lib/site';
import { loadOwnLetter } from './load';
import { DeadlineList } from './_components/deadline-list';
import { LetterPreview } from './_components/letter-preview';

export const metadata: Metadata = { title: 'Your appeal letter', robots: { index: false, follow: false } };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const own = await loadOwnLetter(id);
  if (!own) notFound();
  const { letter: stored, token } = own;
  const letter = composeLetter(stored.case, { today: stored.composedOn });
  return (
    <>
      <h1 className="text-[1.75rem] font-bold leading-tight sm:text-4xl">Your appeal letter is ready to preview</h1>
      <p className="mt-3 text-lg">{letter.subject}</p>

      {letter.warnings.length > 0 && (
        <section aria-labelledby="warnings" className="mt-6 rounded-xl border-2 border-amber-500 bg-amber-50 p-4" data-testid="letter-warnings">
          <h2 id="warnings" className="text-xl font-semibold">Before you send it</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {letter.warnings.map((w) => <li key={w}>{w}</li>)}
          </ul>
          <p className="mt-3"><Link href={`/appeal/${id}/edit`}>Edit your answers</Link></p>
        </section>
      )}

      <DeadlineList deadlines={letter.deadlines} />
      <LetterPreview letter={letter} />

      <section aria-labelledby="keep" className="mt-10 rounded-xl bg-calm p-4">
        <h2 id="keep" className="text-xl font-semibold">Keep your private link</h2>
        <p className="mt-2">This letter opens only in this browser. To open it elsewhere, save this link somewhere private; anyone with it can read the letter.</p>
        <p className="mt-2 break-all font-mono text-base" data-testid="private-link">{`${SITE_URL}/appeal/${id}/open?key=${token}`}</p>
        <p className="mt-3"><Link href={`/appeal/${id}/edit`}>Edit your answers</Link> — the letter is recomposed.</p>
      </section>
    </>
  );
}
