import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { appealLetter } from '@/lib/appeal/documents/case-letter';
import { renderHtml } from '@/lib/appeal/render-html';
import { renderText } from '@/lib/appeal/render-text';
import { loadOwnCase } from '@/lib/letters/load';
import { DeadlineList } from '../_components/deadline-list';
import { CopyButton } from './copy-button';
import { Downloads } from '../track/_components/downloads';
import { DOCUMENT_TITLES } from '@/lib/appeal/documents';
import { LetterWarnings } from '../_components/letter-warnings';

export const metadata: Metadata = { title: 'Your full appeal letter', robots: { index: false, follow: false } };

const DOWNLOADS = [
  ['pdf', 'Print-ready PDF'],
  ['docx', 'Word document (for the doctor’s office to edit)'],
  ['ics', 'Deadlines for your calendar'],
  ['txt', 'Plain text'],
] as const;

export default async function FullLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const own = await loadOwnCase(id);
  if (!own) notFound();
  if (!own.paid) redirect(`/appeal/${id}`);
  const c = own.letter.case;
  const letter = appealLetter(own);
  return (
    <>
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">Your appeal letter</h1>
      <p className="mt-3 text-lg">Read it, fix anything that is not exactly right, then give it to {c.prescriberName} to sign.</p>

      <section aria-labelledby="downloads" className="mt-6 rounded-xl bg-calm p-4">
        <h2 id="downloads" className="text-xl font-semibold">
          Download
        </h2>
        <ul className="mt-2 space-y-1">
          {DOWNLOADS.map(([format, label]) => (
            <li key={format}>
              <a href={`/appeal/${id}/letter/download?format=${format}`} download>
                {label}
              </a>
            </li>
          ))}
        </ul>
        <CopyButton text={renderText(letter, c)} />
      </section>

      <LetterWarnings id={id} warnings={letter.warnings} />

      <div
        className="letter prose mt-8 max-w-none rounded-xl border border-slate-300 bg-white p-4"
        data-testid="full-letter"
        dangerouslySetInnerHTML={{ __html: renderHtml(letter, c) }}
      />

      <section aria-labelledby="attach" className="mt-10">
        <h2 id="attach" className="text-2xl font-semibold">
          Attach these, numbered as in the letter
        </h2>
        <ul className="mt-3 space-y-2">
          {letter.exhibits.map((e) => (
            <li key={e.number}>
              <label className="flex items-start gap-2">
                <input type="checkbox" className="mt-1.5 size-5" /> Exhibit {e.number}: {e.name}
              </label>
            </li>
          ))}
          <li>
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1.5 size-5" /> A copy of the denial letter
            </label>
          </li>
        </ul>
      </section>

      <section aria-labelledby="send" className="mt-10">
        <h2 id="send" className="text-2xl font-semibold">
          Send it so you can prove it arrived
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>By mail: certified mail with a return receipt, to the appeals address on the denial letter.</li>
          <li>By fax: keep the transmission confirmation page.</li>
          <li>Through the insurer’s portal: save a screenshot or the confirmation number.</li>
          <li>Keep a full copy of everything you send, and write down the date.</li>
        </ul>
      </section>

      <section aria-labelledby="case-documents" className="mt-10" data-testid="case-documents">
        <h2 id="case-documents" className="text-2xl font-semibold">
          The rest of your case
        </h2>
        <p className="mt-2">
          After you send the letter, <Link href={`/appeal/${id}/track`}>track your appeal</Link>: record when it was sent and received, and we tell you when the
          plan’s decision is due, what to do if it is late, and draft the next request if the plan says no.
        </p>
        <Downloads id={id} kind="doctor-packet" paid title={DOCUMENT_TITLES['doctor-packet']} />
        <Downloads id={id} kind="claim-file-request" paid title={DOCUMENT_TITLES['claim-file-request']} />
      </section>

      <DeadlineList deadlines={letter.deadlines} />
    </>
  );
}
