import type { Metadata } from 'next';
import Link from 'next/link';
import { PLAN_RULES, PLAN_TYPES, type Certainty, type PlanType } from '@/lib/appeal/plans';
import { RULE_ENTRIES, ruleAnchor, type RuleEntry } from '@/lib/appeal/plans/entries';
import { UNSUPPORTED_PLANS } from '@/lib/appeal/plans/unsupported';
import { countingRules } from '@/lib/appeal/plans/counting';

export const metadata: Metadata = {
  title: 'How we count your deadlines',
  description: 'Every appeal deadline and decision clock we use, for every kind of health plan, with the regulation it comes from and how sure we are of it.',
  alternates: { canonical: '/how-we-count' },
};

const CERTAINTY: Record<Certainty, string> = {
  verified: 'Read in the regulation or agency text.',
  secondary: 'From consistent secondary sources; we could not read the current text. Check your notice.',
  unconfirmed: 'Not confirmed. Check your notice.',
};

function Rows({ rows }: { rows: RuleEntry[] }) {
  return (
    <dl className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
      {rows.map((r) => (
        <div key={r.key} id={ruleAnchor(r.key)} className="scroll-mt-4 p-3 target:bg-amber-50" data-testid="rule-row">
          <dt className="font-semibold">{r.title}</dt>
          <dd>{r.words.charAt(0).toUpperCase() + r.words.slice(1)}.</dd>
          <dd className="text-base text-muted">
            <cite>{r.citation}</cite> · {CERTAINTY[r.certainty]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function PlanSection({ type }: { type: PlanType }) {
  const rules = PLAN_RULES[type];
  const rows = RULE_ENTRIES.filter((r) => r.plan === type);
  const tracks = [...new Set(rows.map((r) => r.track).filter(Boolean))] as string[];
  return (
    <section id={type} aria-labelledby={`${type}-title`} className="mt-10 scroll-mt-4" data-testid="plan-section">
      <h2 id={`${type}-title`} className="text-2xl font-semibold">
        {rules.label}
      </h2>
      <p className="mt-2">
        <strong>How to recognize it:</strong> {rules.recognize}
      </p>
      <p className="mt-1">
        <strong>Who regulates it:</strong> {rules.regulator}
      </p>
      <Rows rows={rows.filter((r) => !r.track)} />
      {tracks.map((track) => (
        <div key={track}>
          <h3 className="mt-4 text-xl font-semibold">Denials of {track}</h3>
          <Rows rows={rows.filter((r) => r.track === track)} />
        </div>
      ))}
    </section>
  );
}

export default function HowWeCountPage() {
  return (
    <>
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">How we count your deadlines</h1>
      <p className="mt-4 text-lg">
        Every date on this site and in our letters comes from the rules below, for the kind of plan you have. These are the federal minimums: your state, your
        plan documents or your notice can give you more time, and when your notice is more generous, it controls.
      </p>
      <p className="mt-2">
        <Link href="/plan-type">Not sure which plan you have? Find your plan type.</Link> Your state’s own programs and windows:{' '}
        <Link href="/states">appeal rules by state</Link>.
      </p>

      <section aria-labelledby="counting" className="mt-8 rounded-xl bg-calm p-4">
        <h2 id="counting" className="text-2xl font-semibold">
          How days are counted
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {countingRules().map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>

      <nav aria-labelledby="plans-nav" className="mt-8">
        <h2 id="plans-nav" className="text-xl font-semibold">
          Plan types
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {PLAN_TYPES.map((t) => (
            <li key={t}>
              <a href={`#${t}`}>{PLAN_RULES[t].label}</a>
            </li>
          ))}
        </ul>
      </nav>

      {PLAN_TYPES.map((t) => (
        <PlanSection key={t} type={t} />
      ))}

      <section aria-labelledby="not-yet" className="mt-10">
        <h2 id="not-yet" className="text-2xl font-semibold">
          Coverage we don’t draft letters for yet
        </h2>
        <dl className="mt-3 space-y-3">
          {Object.entries(UNSUPPORTED_PLANS)
            .filter(([k]) => k !== 'not-sure')
            .map(([k, p]) => (
              <div key={k}>
                <dt className="font-semibold">{p.label}</dt>
                <dd>{p.answer}</dd>
              </div>
            ))}
        </dl>
      </section>
    </>
  );
}
