import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DOCUMENT_TITLES } from '@/lib/appeal/documents';
import { formatDate } from '@/lib/appeal/format';
import { DECISION_LABELS, RECEIPT_PROOF_LABELS, SEND_METHOD_LABELS } from '@/lib/appeal/journey';
import { canStartNext } from '@/lib/appeal/journey-update';
import { journeyStatus, type LateRule, type NextStep, type StageView } from '@/lib/appeal/journey-status';
import { rulesFor } from '@/lib/appeal/plans';
import { ruleHref } from '@/lib/appeal/plans/entries';
import { loadOwnCase } from '@/lib/letters/load';
import { updateJourney, type TrackState } from './actions';
import { DecisionForm, ReceivedForm, SentForm, StepButton } from './_components/track-forms';
import { Downloads } from './_components/downloads';

export const metadata: Metadata = { title: 'Track your appeal', robots: { index: false, follow: false } };

const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as [K, string][];
const METHODS = entries(SEND_METHOD_LABELS);
const PROOFS = entries(RECEIPT_PROOF_LABELS);
const DECIDED = entries(DECISION_LABELS);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

type Ctx = { id: string; paid: boolean; action: (prev: TrackState, form: FormData) => Promise<TrackState> };

function Due({ view }: { view: StageView }) {
  const due = view.decisionDue;
  if (view.decisionClockUnknown) return <p className="mt-2">The notice states how long {view.decider} has to decide. Check it, and call if the time passes.</p>;
  if (!due) return null;
  const last = due.extendedTo ?? due.date;
  return (
    <div className="mt-2" data-testid={`decision-due-${view.index}`}>
      <p>
        <strong>
          {cap(view.decider)} must decide by <time dateTime={last}>{formatDate(last)}</time>
        </strong>
        {due.known ? '' : ' (an estimate)'}: {due.words}, counted from the day it arrived.{' '}
        <span className="text-base text-muted">
          <cite>{due.citation}</cite>
          {due.checkNotice ? ' — check your notice' : ''} · <a href={ruleHref(due.ruleKey)}>How we count</a>
        </span>
      </p>
      {due.extendedTo && <p className="text-base">Including the extension the plan said it is taking (without it: {formatDate(due.date)}).</p>}
      {!view.stage.decision &&
        (due.late ? null : due.daysLeft >= 0 ? (
          <p className="text-base">{due.daysLeft === 0 ? 'Due today.' : `${days(due.daysLeft)} left.`}</p>
        ) : (
          <p className="text-base">
            That date has passed, but it is only an estimate. Record the day your appeal actually arrived to know whether the plan is late.
          </p>
        ))}
    </div>
  );
}

function Stage({ view, ctx, askNoticeDays, late }: { view: StageView; ctx: Ctx; askNoticeDays?: string; late?: LateRule }) {
  const s = view.stage;
  return (
    <section
      id={`stage-${view.index}`}
      aria-labelledby={`stage-${view.index}-title`}
      className="mt-8 scroll-mt-4 rounded-xl border border-slate-300 p-4"
      data-testid={`stage-${view.index}`}
    >
      <h2 id={`stage-${view.index}-title`} className="text-2xl font-semibold">
        Step {view.index + 1}: {cap(view.name)}
      </h2>
      {s.sentOn ? (
        <p className="mt-2">
          You sent it on <time dateTime={s.sentOn}>{formatDate(s.sentOn)}</time>
          {s.sentBy ? `, ${SEND_METHOD_LABELS[s.sentBy].toLowerCase()}` : ''}.
        </p>
      ) : (
        <SentForm action={ctx.action} stage={view.index} name={view.name} methods={METHODS} />
      )}
      {view.received && (
        <p className="mt-2" data-testid={`received-${view.index}`}>
          {view.received.known ? (
            <>
              It arrived on <time dateTime={view.received.on}>{formatDate(view.received.on)}</time>
              {s.receivedProof ? ` (${RECEIPT_PROOF_LABELS[s.receivedProof].toLowerCase()})` : ''}.
            </>
          ) : (
            <>
              Estimated arrival: about <time dateTime={view.received.on}>{formatDate(view.received.on)}</time>. This is an estimate from the day you sent it;
              record the real date when you know it.
            </>
          )}
        </p>
      )}
      {s.sentOn && !s.receivedOn && !s.decision && <ReceivedForm action={ctx.action} stage={view.index} proofs={PROOFS} />}
      <Due view={view} />
      {late && <Late late={late} ctx={ctx} />}
      {view.decisionDue?.extendable && view.decisionDue.known && !s.extended && !s.decision && (
        <StepButton action={ctx.action} intent="extended" stage={view.index} label="The plan told me it is taking more time" />
      )}
      {s.decision ? (
        <p className="mt-3 text-lg" data-testid={`decision-${view.index}`}>
          <strong>Decision{s.decisionDate ? ` of ${formatDate(s.decisionDate)}` : ''}:</strong> {DECISION_LABELS[s.decision]}.
        </p>
      ) : (
        s.sentOn && <DecisionForm action={ctx.action} stage={view.index} decisions={DECIDED} askNoticeDays={askNoticeDays} />
      )}
      {(s.sentOn || s.decision) && <StepButton action={ctx.action} intent="undo" stage={view.index} label="Undo the last step" />}
    </section>
  );
}

function Late({ late, ctx }: { late: LateRule; ctx: Ctx }) {
  return (
    <section aria-labelledby="late" className="mt-4 rounded-xl border-2 border-red-700 bg-red-50 p-4" data-testid="plan-late">
      <h3 id="late" className="text-xl font-semibold">
        The decision is late
      </h3>
      <p className="mt-2">
        {late.text}
        {late.citation && (
          <>
            {' '}
            <cite className="text-base text-muted">({late.citation})</cite>
          </>
        )}
      </p>
      {late.action === 'patient' && <Downloads id={ctx.id} kind="plan-missed-deadline" paid={ctx.paid} title={DOCUMENT_TITLES['plan-missed-deadline']} />}
    </section>
  );
}

function Next({ next, ctx }: { next: NextStep; ctx: Ctx }) {
  if (next.kind === 'approved') {
    return (
      <section aria-labelledby="approved" className="mt-8 rounded-xl border-2 border-brand bg-calm p-4" data-testid="approved">
        <h2 id="approved" className="text-2xl font-semibold">
          Approved
        </h2>
        <p className="mt-2">
          The denial was reversed. Keep the written decision, the approval or claim number, and a copy of everything you sent. If a bill for this care arrives
          anyway, send the decision with your reply.
        </p>
      </section>
    );
  }
  if (next.kind === 'end')
    return (
      <p className="mt-8" data-testid="no-next-level">
        We know of no further level for this plan type. The decision notice says what, if anything, comes next.
      </p>
    );
  const level = next.level;
  return (
    <section aria-labelledby="next" className="mt-8 rounded-xl border-2 border-brand p-4" data-testid="next-level">
      <h2 id="next" className="text-2xl font-semibold">
        Next: {level.name.replace(/^(a|an) /, '')}
      </h2>
      <p className="mt-2">
        {level.who}
        {(level.id === 'external-review' || level.id === 'state-fair-hearing') && (
          <>
            {' '}
            Your state’s program and its own deadline: <Link href="/states">appeal rules by state</Link>.
          </>
        )}
      </p>
      {level.automatic ? (
        <p className="mt-2">
          Nothing to file: the plan must send your case on itself. You can send your reasons and records to the reviewer with the letter below.
        </p>
      ) : next.due ? (
        <p className="mt-2">
          <strong>
            Ask by <time dateTime={next.due}>{formatDate(next.due)}</time>
          </strong>
          : {next.words}.{' '}
          <span className="text-base text-muted">
            <cite>{level.window?.citation ?? level.citation}</cite>
            {next.checkNotice ? ' — check your notice' : ''} · <a href={ruleHref(next.ruleKey)}>How we count</a>
          </span>
        </p>
      ) : (
        <p className="mt-2">{next.words ? `${cap(next.words)}.` : 'The decision says how and by when to ask.'}</p>
      )}
      <Downloads id={ctx.id} kind="next-level" paid={ctx.paid} title={DOCUMENT_TITLES['next-level']} />
    </section>
  );
}

export default async function TrackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const own = await loadOwnCase(id);
  if (!own) notFound();
  const c = own.letter.case;
  const journey = own.letter.journey;
  const status = journeyStatus(c, journey, own.today);
  const ctx: Ctx = { id, paid: own.paid, action: updateJourney.bind(null, id) };
  const rules = rulesFor(c.planType, c.reason);
  const nextIndex = status.stages.length;
  const startNext = status.next?.kind === 'next-level' && !status.next.level.automatic && canStartNext(c, status.current.stage, nextIndex);
  return (
    <>
      <p className="text-base">
        <Link href={`/appeal/${id}`}>Back to your letter</Link>
      </p>
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">Track your appeal</h1>
      <p className="mt-3 text-lg">
        {c.drug} for {c.patientName}, with {c.insurer} ({rules.label}). Record each step as it happens: we work out the next deadline from the dates you enter.
      </p>
      {status.stages.map((view) => {
        // Where the state sets the next window (a Medicaid fair hearing), the decision notice gives the days.
        const next = rules.nextLevels[view.index];
        const ask =
          next?.window && !next.window.span ? `If the plan still says no: the number of days the decision gives you to ask for ${next.name}` : undefined;
        return <Stage key={view.index} view={view} ctx={ctx} askNoticeDays={ask} late={view === status.current ? status.late : undefined} />;
      })}
      {status.next && <Next next={status.next} ctx={ctx} />}
      {startNext && status.next?.kind === 'next-level' && (
        <section aria-labelledby="next-sent" className="mt-6" data-testid="next-stage-form">
          <h2 id="next-sent" className="text-xl font-semibold">
            When you have sent the request
          </h2>
          <SentForm action={ctx.action} stage={nextIndex} name={status.next.level.name.replace(/^(a|an) /, '')} methods={METHODS} />
        </section>
      )}
      <section aria-labelledby="calendar" className="mt-10 rounded-xl bg-calm p-4">
        <h2 id="calendar" className="text-xl font-semibold">
          Your dates in your calendar
        </h2>
        <p className="mt-2">
          The calendar file holds every deadline above and updates with each step you record: download it again after each one.{' '}
          <a href={`/appeal/${id}/track/calendar`} download data-testid="calendar-link">
            Download the calendar file
          </a>
        </p>
      </section>
    </>
  );
}
