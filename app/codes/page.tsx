import type { Metadata } from 'next';
import Link from 'next/link';
import { HubPage } from '@/components/hub-page';
import { getContent } from '@/lib/content/loader';
import { codeLabel } from '@/lib/content/queries';

export const metadata: Metadata = {
  title: 'Denial codes on your explanation of benefits',
  description: 'What the claim adjustment reason codes on a denial or an explanation of benefits mean, in plain words, and what to do about each.',
  alternates: { canonical: '/codes' },
};

export default function CodesPage() {
  const codes = [...getContent().codes.values()].sort((a, b) => a.carc.localeCompare(b.carc, 'en', { numeric: true }));
  return (
    <HubPage
      crumbs={[{ name: 'Denial codes', path: '/codes' }]}
      title="Denial codes, in plain words"
      intro={
        <p>
          Find the code on your explanation of benefits or remittance, usually two letters and a number such as CO-197. The letters say who owes the amount; the
          number says why.
        </p>
      }
    >
      <ul className="space-y-3">
        {codes.map((c) => (
          <li key={c.slug}>
            <Link href={`/codes/${c.slug}`} className="font-semibold">
              {codeLabel(c)}
            </Link>
            : {c.title}
            {c.deactivated && <span className="ml-2 rounded bg-slate-200 px-2 text-sm">no longer used</span>}
          </li>
        ))}
      </ul>
    </HubPage>
  );
}
