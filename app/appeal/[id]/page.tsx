import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { appealLetter } from '@/lib/appeal/documents/case-letter';
import { loadOwnCase } from '@/lib/letters/load';
import { unprintableInLetter } from '@/lib/appeal/pdf-fonts';
import { PRICE_LINE } from '@/lib/pricing';
import { SITE_URL } from '@/lib/site';
import { checkoutAction } from './checkout-action';
import { PayForm } from './_components/pay-form';
import { DeadlineList } from './_components/deadline-list';
import { LetterPreview } from './_components/letter-preview';
import { Downloads } from './track/_components/downloads';
import { LetterWarnings } from './_components/letter-warnings';

export const metadata: Metadata = { title: 'Your appeal letter', robots: { index: false, follow: false } };

export default async function LetterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ checkout?: string }> }) {
  const { id } = await params;
  const { checkout } = await searchParams;
  const own = await loadOwnCase(id);
  if (!own) notFound();
  const { token, paid, payment } = own;
  const letter = appealLetter(own);
  const unprintable = unprintableInLetter(letter);
  return (
    <>
      {checkout === 'canceled' && !paid && (
        <p className="mb-4 rounded-lg bg-calm p-3" data-testid="checkout-canceled">
          Payment canceled. Nothing was charged, and your letter is saved here.
        </p>
      )}
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">Your appeal letter is ready to preview</h1>
      <p className="mt-3 text-lg">{letter.subject}</p>

      <LetterWarnings id={id} warnings={letter.warnings} />

      {unprintable.length > 0 && (
        <section aria-labelledby="unprintable" className="mt-6 rounded-xl border-2 border-amber-500 bg-amber-50 p-4" data-testid="pdf-unprintable">
          <h2 id="unprintable" className="text-xl font-semibold">
            Some characters will not print in the PDF
          </h2>
          <p className="mt-2">
            The PDF has no letter shape for {unprintable.map((ch) => `“${ch}”`).join(', ')}, so it would print a blank box there. The Word file and the plain
            text keep them. <Link href={`/appeal/${id}/edit`}>Edit your answers</Link> to write them another way.
          </p>
        </section>
      )}

      <DeadlineList deadlines={letter.deadlines} />
      {paid ? (
        <p className="mt-8 rounded-xl border-2 border-brand bg-calm p-4 text-lg">
          Paid. <Link href={`/appeal/${id}/letter`}>Open your full letter and downloads</Link>
        </p>
      ) : payment === 'pending' ? (
        <>
          <LetterPreview letter={letter} />
          <section aria-labelledby="pending" className="mt-6 rounded-xl border-2 border-brand bg-calm p-4" data-testid="payment-pending">
            <h2 id="pending" className="text-xl font-semibold">
              Payment pending
            </h2>
            <p className="mt-1">
              Your bank payment is on its way. The full letter unlocks here as soon as the bank confirms it, usually within a few days; you do not need to pay
              again.
            </p>
          </section>
        </>
      ) : (
        <>
          <LetterPreview letter={letter} />
          <section id="pay" aria-labelledby="unlock" className="mt-6 scroll-mt-4 rounded-xl border-2 border-brand p-4" data-testid="pay">
            <h2 id="unlock" className="text-xl font-semibold">
              Unlock the full letter
            </h2>
            <p className="mt-1">
              One payment unlocks the whole case: the full letter to edit, as a print-ready PDF and a Word file for the doctor’s office; your deadlines as
              calendar events; the doctor’s packet; and the letters for the steps after it, if the plan is late or says no.
            </p>
            <PayForm action={checkoutAction.bind(null, id)} attempt={randomUUID()} priceLine={PRICE_LINE} />
          </section>
        </>
      )}

      <section aria-labelledby="next-steps" className="mt-8">
        <h2 id="next-steps" className="text-xl font-semibold">
          While you wait
        </h2>
        <p className="mt-2">
          Once you send it, <Link href={`/appeal/${id}/track`}>track your appeal</Link> to know when the plan must decide.
        </p>
        <Downloads id={id} kind="claim-file-request" paid={paid} title="Free: ask the plan for your claim file and the criteria it used" />
      </section>

      <section aria-labelledby="keep" className="mt-10 rounded-xl bg-calm p-4">
        <h2 id="keep" className="text-xl font-semibold">
          Keep your private link
        </h2>
        <p className="mt-2">
          This letter opens only in this browser. To open it elsewhere, save this link somewhere private; anyone with it can read the letter.
        </p>
        <p className="mt-2 font-mono text-base break-all" data-testid="private-link">{`${SITE_URL}/appeal/${id}/open?key=${token}`}</p>
        <p className="mt-3">
          <Link href={`/appeal/${id}/edit`}>Edit your answers</Link> — the letter is recomposed.
        </p>
      </section>
    </>
  );
}
