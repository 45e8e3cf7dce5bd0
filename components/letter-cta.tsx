import Link from 'next/link';
import { PRICE_LINE } from '@/lib/pricing';

export function LetterCta({ href, heading, children }: { href: string; heading: string; children?: React.ReactNode }) {
  return (
    <section aria-labelledby="cta-heading" className="no-print my-10 rounded-xl border-2 border-brand bg-calm p-5" data-testid="letter-cta">
      <h2 id="cta-heading" className="text-2xl font-semibold">
        {heading}
      </h2>
      {children && <div className="mt-2">{children}</div>}
      <p className="mt-4">
        <Link
          href={href}
          className="inline-block rounded-md bg-brand px-5 py-3 text-lg font-semibold text-white no-underline hover:bg-brand-dark hover:text-white"
        >
          Draft my appeal letter
        </Link>
      </p>
      <p className="mt-3 text-base text-muted">Free preview before you pay. {PRICE_LINE} Your doctor reviews, signs and sends it.</p>
    </section>
  );
}
