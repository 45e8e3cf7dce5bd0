import type { Metadata } from 'next';
import Link from 'next/link';
import { HubPage } from '@/components/hub-page';
import { getContent } from '@/lib/content/loader';

export const metadata: Metadata = {
  title: 'Health insurance appeal rules by state',
  description:
    'External review programs, insurance regulators, free appeal help and Medicaid fair hearing windows for all 50 states and DC, each with its source.',
  alternates: { canonical: '/states' },
};

export default function StatesIndex() {
  const states = [...getContent().states.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <HubPage
      crumbs={[{ name: 'States', path: '/states' }]}
      title="Appeal rules by state"
      intro={<p>Your state’s external review program, the agency to complain to, free help with an appeal, and the Medicaid hearing window.</p>}
    >
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="state-list">
        {states.map((s) => (
          <li key={s.slug}>
            <Link href={`/states/${s.slug}`}>{s.name}</Link>
          </li>
        ))}
      </ul>
    </HubPage>
  );
}
