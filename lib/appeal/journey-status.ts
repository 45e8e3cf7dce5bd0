import type { AppealCase } from './case-schema';
import { addBusinessDays, addDays, daysBetween } from './calendar';
import { windowDeadline, type Deadline } from './deadlines';
import type { Decision, Journey, SendMethod, Stage } from './journey';
import { checkNotice, isExpedited, rulesFor, type Clock, type Level, type Span } from './plans';
import { clockWords, windowWords } from './plans/describe';
import { ruleKeyFor } from './plans/entries';

/**
 * Where the case stands: for the current level, when it was sent and received, when the decision is due,
 * whether it is late, and what comes next. Pure: `today` is injected. A plan is called late only from a
 * known receipt date, never from an estimate.
 */

/** Our own estimate of mail time, used only to estimate (and label) a receipt date the patient does not know. */
const MAIL_TRANSIT_ESTIMATE_DAYS = 5;

export type StageView = {
  index: number;
  /** "internal appeal", "independent external review" */
  name: string;
  /** Who decides this level, for sentences. */
  decider: string;
  /** The level's own rules, for later stages. */
  level?: Level;
  stage: Stage;
  received?: { on: string; known: boolean };
  decisionDue?: {
    date: string;
    /** With the extension the rule allows, when the plan has said it is taking it. */
    extendedTo?: string;
    /** The rule lets the plan take an extension at this level. */
    extendable: boolean;
    known: boolean;
    words: string;
    citation: string;
    checkNotice: boolean;
    ruleKey: string;
    daysLeft: number;
    late: boolean;
  };
  /** No sourced clock for this level: the notice gives it. */
  decisionClockUnknown?: boolean;
};

export type LateRule = { text: string; citation?: string; action: 'patient' | 'plan' | 'none' };

export type NextStep =
  | { kind: 'approved'; decisionDate?: string }
  | { kind: 'next-level'; level: Level; from: Decision; decisionDate: string; due: string | null; words: string | null; checkNotice: boolean; ruleKey: string }
  | { kind: 'end'; decisionDate: string };

export type JourneyStatus = { stages: StageView[]; current: StageView; late?: LateRule; next?: NextStep };

/** The clock a level decides on, for this case's timing and urgency. */
function clockFor(c: AppealCase, index: number): { clock: Clock | null; ruleId: string } {
  const rules = rulesFor(c.planType, c.reason);
  const expedited = isExpedited(c);
  if (index === 0) {
    const timing = expedited ? 'urgent' : c.timing === 'post-service' ? 'post-service' : 'pre-service';
    return { clock: rules.decisions[timing], ruleId: `decision-${timing}` };
  }
  const level = rules.nextLevels[index - 1];
  const decision = level?.decision;
  if (expedited && decision?.expedited) return { clock: decision.expedited, ruleId: `${level!.id}-decision-expedited` };
  return { clock: decision?.standard ?? null, ruleId: `${level?.id}-decision` };
}

/** The last day of a clock that starts on `from`; an hour clock ends on the day its last hour falls. */
export function clockEnd(from: string, span: Span): string {
  if ('days' in span) return addDays(from, span.days);
  if ('hours' in span) return addDays(from, Math.ceil(span.hours / 24));
  if ('businessDays' in span) return addBusinessDays(from, span.businessDays);
  if ('workingDays' in span) return addBusinessDays(from, span.workingDays);
  return addDays(from, 0);
}

function estimateReceipt(sentOn: string, by: SendMethod | undefined): string {
  return by === 'mail' || by === undefined ? addDays(sentOn, MAIL_TRANSIT_ESTIMATE_DAYS) : sentOn;
}

function stageView(c: AppealCase, stage: Stage, index: number, today: string): StageView {
  const rules = rulesFor(c.planType, c.reason);
  const level = index === 0 ? undefined : rules.nextLevels[index - 1];
  const view: StageView = {
    index,
    name: level ? level.name.replace(/^(a|an) /, '') : rules.appealName,
    decider: level ? level.who : rules.decider,
    level,
    stage,
  };
  const receivedOn = stage.receivedOn ?? (stage.sentOn ? estimateReceipt(stage.sentOn, stage.sentBy) : undefined);
  if (!receivedOn) return view;
  view.received = { on: receivedOn, known: Boolean(stage.receivedOn) };
  const { clock, ruleId } = clockFor(c, index);
  if (!clock) return { ...view, decisionClockUnknown: true };
  const date = clockEnd(receivedOn, clock.span);
  const extendedTo = stage.extended && clock.extension ? clockEnd(date, clock.extension.span) : undefined;
  const due = extendedTo ?? date;
  const daysLeft = daysBetween(today, due);
  view.decisionDue = {
    date,
    extendedTo,
    extendable: Boolean(clock.extension),
    known: view.received.known,
    words: clockWords(clock),
    citation: clock.citation,
    checkNotice: checkNotice(clock.certainty),
    ruleKey: ruleKeyFor(c.planType, c.reason, ruleId),
    daysLeft,
    late: view.received.known && !stage.decision && daysLeft < 0,
  };
  return view;
}

function lateRule(c: AppealCase, view: StageView): LateRule {
  const rules = rulesFor(c.planType, c.reason);
  if (view.index === 0) {
    if (rules.deemedExhaustion) return { text: rules.deemedExhaustion.text, citation: rules.deemedExhaustion.citation, action: rules.deemedExhaustion.action };
    return { text: rules.whenLate ?? 'Call the plan, give the date it received your appeal, and ask when it will decide.', action: 'none' };
  }
  const late = view.level?.whenLate;
  return late
    ? { text: late.text, citation: late.citation, action: 'patient' }
    : { text: 'Contact the reviewer named on your notice, give the date it received your request, and ask when it will decide.', action: 'none' };
}

function nextStep(c: AppealCase, view: StageView): NextStep | undefined {
  const { decision, decisionDate } = view.stage;
  if (!decision) return undefined;
  if (decision === 'approved') return { kind: 'approved', decisionDate };
  if (!decisionDate) return undefined;
  const level = rulesFor(c.planType, c.reason).nextLevels[view.index];
  if (!level) return { kind: 'end', decisionDate };
  const due = level.window ? windowDeadline(decisionDate, level.window, view.stage.nextNoticeDays) : null;
  return {
    kind: 'next-level',
    level,
    from: decision,
    decisionDate,
    due,
    words: level.window ? windowWords(level.window, 'decision') : null,
    checkNotice: checkNotice(level.window?.certainty ?? level.certainty) || (level.window ? !level.window.span : false),
    ruleKey: ruleKeyFor(c.planType, c.reason, `${level.id}-window`),
  };
}

export function journeyStatus(c: AppealCase, journey: Journey, today: string): JourneyStatus {
  const stored = journey.stages.length ? journey.stages : [{}];
  const stages = stored.map((s, i) => stageView(c, s, i, today));
  const current = stages.at(-1)!;
  return { stages, current, late: current.decisionDue?.late ? lateRule(c, current) : undefined, next: nextStep(c, current) };
}

/** The journey's own dates as deadlines, for the letter command and the calendar file. */
export function journeyDeadlines(c: AppealCase, journey: Journey, today: string): Deadline[] {
  const status = journeyStatus(c, journey, today);
  const out: Deadline[] = [];
  const due = status.current.decisionDue;
  if (due && due.known) {
    out.push({
      id: 'decision-due',
      label: `The decision on your ${status.current.name} is due by`,
      date: due.extendedTo ?? due.date,
      citation: due.citation,
      note: `${due.words.charAt(0).toUpperCase()}${due.words.slice(1)}, counted from the day it was received (${status.current.received!.on}).`,
      checkNotice: due.checkNotice || undefined,
      ruleKey: due.ruleKey,
    });
  }
  const next = status.next;
  if (next?.kind === 'next-level') {
    out.push({
      id: 'next-level-due',
      label: next.level.automatic ? `The plan must send your case on for ${next.level.name}` : `Ask for ${next.level.name} by`,
      date: next.level.automatic ? null : next.due,
      citation: next.level.window?.citation ?? next.level.citation,
      note: next.words ? `${next.words.charAt(0).toUpperCase()}${next.words.slice(1)}.` : next.level.who,
      checkNotice: next.checkNotice || undefined,
      ruleKey: next.ruleKey,
    });
  }
  return out.map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Deadline);
}
