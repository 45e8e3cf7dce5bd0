import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HubPage } from '@/components/hub-page';
import { ruleHref } from '@/lib/appeal/plans/entries';
import { formatDate } from '@/lib/appeal/format';
import { getContent } from '@/lib/content/loader';
import { renderMarkdown } from '@/lib/content/markdown';
import type { Source } from '@/lib/content/schema';
import { compareToFloor, federalExternalReviewFloor, stateWindowWords, verifiedOn, whomToAsk } from '@/lib/content/state-facts';
import type { State } from '@/lib/content/types';

type Params = { state: string };
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [...getContent().states.keys()].map((state) => ({ state }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const state = getContent().states.get((await params).state);
  if (!state) return {};
  return {
    title: `Health insurance appeals in ${state.name}: external review, regulators and Medicaid hearings`,
    description: `Who runs independent external review in ${state.name}, which agency takes complaints, free help with an appeal, and the Medicaid fair hearing window, each with its source.`,
    alternates: { canonical: `/states/${state.slug}` },
  };
}

function Sourced({
  state,
  block,
  children,
  testId,
}: {
  state: State;
  block: { source: Source; verified?: string };
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      {children}
      <p className="mt-1 text-base text-muted">
        Source:{' '}
        <a href={block.source.url} rel="noopener">
          {block.source.title}
        </a>{' '}
        · last verified <time dateTime={verifiedOn(state, block)}>{formatDate(verifiedOn(state, block))}</time>
      </p>
    </div>
  );
}

function NotVerified({ what, ask }: { what: string; ask: string }) {
  return (
    <p className="rounded-lg border-l-4 border-amber-500 bg-amber-50 px-3 py-2" data-testid="not-verified">
      <strong>Not verified yet.</strong> We have not found a source we trust for {what} in this state. {ask}
    </p>
  );
}

export default async function StatePage({ params }: { params: Promise<Params> }) {
  const state = getContent().states.get((await params).state);
  if (!state) notFound();
  const er = state.externalReview;
  const { ask, askForHelp } = whomToAsk(state);
  const floor = stateWindowWords(federalExternalReviewFloor());
  const section = 'mt-8 space-y-3';
  return (
    <HubPage
      crumbs={[
        { name: 'States', path: '/states' },
        { name: state.name, path: `/states/${state.slug}` },
      ]}
      title={`Health insurance appeals in ${state.name}`}
      intro={
        <p>
          These state rules reach plans bought from an insurance company in {state.name} (individual plans and most small employer plans). Plans an employer
          pays for itself, Medicare and federal employee plans follow federal rules instead: see <Link href="/how-we-count">how we count</Link>. Not sure which
          you have? <Link href="/plan-type">Find your plan type</Link>.
        </p>
      }
    >
      <section aria-labelledby="external-review" className={section}>
        <h2 id="external-review" className="text-2xl font-semibold">
          Independent external review
        </h2>
        {er ? (
          <Sourced state={state} block={er} testId="state-external-review">
            <p>
              {er.runBy === 'hhs' ? (
                <>
                  Insured plans in {state.name} use the <strong>federal (HHS-administered) external review process</strong>.
                </>
              ) : (
                <>
                  {state.name} runs its own program
                  {er.program ? (
                    <>
                      : <strong>{er.program}</strong>
                    </>
                  ) : (
                    ''
                  )}
                  {er.agency ? <>, through {er.agency}</> : ''}.
                </>
              )}
              {er.url && (
                <>
                  {' '}
                  <a href={er.url} rel="noopener">
                    Start here
                  </a>
                  .
                </>
              )}
              {er.phone && <> Phone: {er.phone}.</>}
            </p>
            {er.window ? (
              <p>
                <strong>Deadline to ask: {stateWindowWords(er.window)}</strong>
                {er.countsFrom ? `, counted from ${er.countsFrom}` : ''}.{' '}
                {compareToFloor(er.window) === 'longer' && <>That is longer than the federal minimum of {floor}.</>}
                {compareToFloor(er.window) === 'shorter' && (
                  <>
                    That is shorter than the federal minimum of {floor} that state programs must allow; file within the shorter time to be safe, and ask the
                    agency which applies to you.
                  </>
                )}
              </p>
            ) : (
              <p>
                We have no sourced figure for {state.name}’s own window. The federal rules require at least{' '}
                <a href={ruleHref('individual.external-review-window')}>{floor}</a>; your plan’s final decision must state the deadline.
              </p>
            )}
          </Sourced>
        ) : (
          <NotVerified what="who runs external review" ask={`Your plan’s final decision must name the external review process. ${ask}`} />
        )}
      </section>

      <section aria-labelledby="regulators" className={section}>
        <h2 id="regulators" className="text-2xl font-semibold">
          Where to complain
        </h2>
        {state.regulators.length ? (
          state.regulators.map((r) => (
            <Sourced key={r.name} state={state} block={r} testId="state-regulator">
              <p>
                <strong>
                  {r.url ? (
                    <a href={r.url} rel="noopener">
                      {r.name}
                    </a>
                  ) : (
                    r.name
                  )}
                </strong>
                {r.phone ? ` (${r.phone})` : ''}: {r.covers}.
              </p>
            </Sourced>
          ))
        ) : (
          <NotVerified
            what="the agency that regulates insurers"
            ask="The National Association of Insurance Commissioners lists every state insurance department."
          />
        )}
      </section>

      <section aria-labelledby="help" className={section}>
        <h2 id="help" className="text-2xl font-semibold">
          Free help with an appeal
        </h2>
        {state.consumerAssistance ? (
          <Sourced state={state} block={state.consumerAssistance} testId="state-help">
            <p>
              <strong>
                {state.consumerAssistance.url ? (
                  <a href={state.consumerAssistance.url} rel="noopener">
                    {state.consumerAssistance.name}
                  </a>
                ) : (
                  state.consumerAssistance.name
                )}
              </strong>
              {state.consumerAssistance.phone ? ` (${state.consumerAssistance.phone})` : ''} helps people with health insurance appeals.
            </p>
          </Sourced>
        ) : (
          <NotVerified what="a state consumer assistance program" ask={askForHelp} />
        )}
      </section>

      <section aria-labelledby="laws" className={section}>
        <h2 id="laws" className="text-2xl font-semibold">
          State laws on step therapy and prior authorization
        </h2>
        {state.stepTherapyLaw ? (
          <Sourced state={state} block={state.stepTherapyLaw} testId="state-step-therapy">
            <p>
              <strong>Step therapy ({state.stepTherapyLaw.citation}):</strong> {state.stepTherapyLaw.summary}
            </p>
          </Sourced>
        ) : (
          <NotVerified what="a step-therapy exception law" ask={ask} />
        )}
        {state.priorAuthorizationLaw && (
          <Sourced state={state} block={state.priorAuthorizationLaw} testId="state-prior-authorization">
            <p>
              <strong>Prior authorization ({state.priorAuthorizationLaw.citation}):</strong> {state.priorAuthorizationLaw.summary}
            </p>
          </Sourced>
        )}
        <p className="text-base">These laws reach state-regulated plans, generally not plans an employer pays for itself.</p>
      </section>

      <section aria-labelledby="medicaid" className={section}>
        <h2 id="medicaid" className="text-2xl font-semibold">
          Medicaid: the State fair hearing
        </h2>
        {state.medicaidFairHearing ? (
          <Sourced state={state} block={state.medicaidFairHearing} testId="state-fair-hearing">
            <p>
              <strong>Ask within {stateWindowWords(state.medicaidFairHearing.window)}</strong>, counted from {state.medicaidFairHearing.countsFrom}
              {state.medicaidFairHearing.appliesTo === 'managed-care'
                ? ' (after a Medicaid health plan’s appeal decision)'
                : state.medicaidFairHearing.appliesTo === 'fee-for-service'
                  ? ' (for a decision by the state agency)'
                  : ''}
              .
              {state.medicaidFairHearing.agency && (
                <>
                  {' '}
                  Hearings are run by{' '}
                  {state.medicaidFairHearing.url ? (
                    <a href={state.medicaidFairHearing.url} rel="noopener">
                      {state.medicaidFairHearing.agency}
                    </a>
                  ) : (
                    state.medicaidFairHearing.agency
                  )}
                  .
                </>
              )}{' '}
              Your notice states your exact deadline; if it differs, follow the notice.
            </p>
          </Sourced>
        ) : (
          <NotVerified
            what="the Medicaid fair hearing window"
            ask="Your Medicaid notice must state the deadline to ask for a hearing; the state Medicaid agency can confirm it."
          />
        )}
      </section>

      {state.body.trim() && <div className="prose mt-8 max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(state.body) }} />}
      <p className="mt-8 text-base text-muted">
        We checked these facts on {formatDate(state.lastVerified)}. Laws and programs change; the notice you received controls.
      </p>
    </HubPage>
  );
}
