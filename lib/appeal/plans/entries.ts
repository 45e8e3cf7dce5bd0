import type { ReasonSlug } from '@/lib/content/reasons';
import { clockWords, spanWords, windowWords } from './describe';
import { PLAN_RULES } from './index';
import { PLAN_TYPES, type PlanType } from './plan-types';
import type { Certainty, Clock, PlanRules, Track } from './types';

/**
 * Every rule as a row with a stable key (`employer.appeal-window`): /how-we-count lists the rows, content
 * directives (`:rule[employer.appeal-window]`) render them, and each deadline links to its row.
 */
export type RuleEntry = {
  key: string;
  plan: PlanType;
  /** "Medical necessity (32 CFR 199.15)" when the row belongs to a reason's track. */
  track?: string;
  title: string;
  /** The rule in words, built from the numbers in the plan file. */
  words: string;
  citation: string;
  certainty: Certainty;
};

/** The HTML id of a rule's row on /how-we-count. */
export const ruleAnchor = (key: string) => key.replace(/\./g, '-');
export const ruleHref = (key: string) => `/how-we-count#${ruleAnchor(key)}`;

const TIMING_TITLES = {
  urgent: 'The plan decides an expedited (urgent) appeal within',
  'pre-service': 'The plan decides an appeal about care not yet given within',
  'post-service': 'The plan decides an appeal about payment for care already given within',
} as const;

function planEntries(
  plan: PlanType,
  rules: Pick<PlanRules, 'appealName' | 'appealWindow' | 'decisions' | 'nextLevels' | 'expedited'>,
  prefix: string,
  track?: string,
): RuleEntry[] {
  const base = PLAN_RULES[plan];
  const row = (id: string, title: string, words: string, citation: string, certainty: Certainty): RuleEntry => ({
    key: `${plan}.${prefix}${id}`,
    plan,
    track,
    title,
    words,
    citation,
    certainty,
  });
  const clockRow = (id: string, title: string, c: Clock) => row(id, title, clockWords(c), c.citation, c.certainty);
  const rows: RuleEntry[] = [
    row(
      'appeal-window',
      `You file the ${rules.appealName}`,
      windowWords(rules.appealWindow, 'denial notice'),
      rules.appealWindow.citation,
      rules.appealWindow.certainty,
    ),
  ];
  for (const timing of ['urgent', 'pre-service', 'post-service'] as const) {
    const clock = rules.decisions[timing];
    if (clock) rows.push(clockRow(`decision-${timing}`, TIMING_TITLES[timing], clock));
    // No sourced federal clock: the row says where the time is given.
    else if (timing !== 'urgent' || rules.expedited)
      rows.push(
        row(
          `decision-${timing}`,
          TIMING_TITLES[timing],
          lower(rules.decisions.note ?? 'the time your notice gives'),
          rules.expedited?.citation ?? rules.appealWindow.citation,
          'unconfirmed',
        ),
      );
  }
  if (rules.decisions.partBDrug)
    rows.push(clockRow('decision-part-b-drug', 'The plan decides an appeal about a Part B drug within', rules.decisions.partBDrug));
  rows.push(
    rules.expedited
      ? row('expedited', 'You can ask for an expedited appeal when', rules.expedited.when, rules.expedited.citation, rules.expedited.certainty)
      : row(
          'expedited',
          'Expedited appeal',
          `There is no expedited ${rules.appealName} for this plan type.`,
          rules.appealWindow.citation,
          rules.appealWindow.certainty,
        ),
  );
  for (const level of rules.nextLevels) {
    const name = level.name.replace(/^(a|an) /, '');
    const words = level.window
      ? windowWords(level.window, 'plan’s final decision')
      : level.automatic
        ? 'Nothing to file: the plan sends the case on by itself.'
        : 'The decision before it says how and by when to ask.';
    const scope = level.onlyFor ? `. Only for ${level.onlyFor}` : '';
    rows.push(
      row(
        `${level.id}-window`,
        `${capitalize(name)}: ${level.automatic ? 'how it starts' : 'when to ask'}`,
        `${words}${scope}`,
        level.window?.citation ?? level.citation,
        level.window?.certainty ?? level.certainty,
      ),
    );
    if (level.decision?.standard) rows.push(clockRow(`${level.id}-decision`, `${capitalize(name)} is decided within`, level.decision.standard));
    if (level.decision?.expedited) rows.push(clockRow(`${level.id}-decision-expedited`, `An expedited ${name} is decided within`, level.decision.expedited));
  }
  if (prefix) return rows;
  if (base.drugExceptions) {
    const e = base.drugExceptions;
    rows.push(clockRow('exception-standard', `A drug exception request (${e.basis}) is decided within`, e.standard));
    rows.push(clockRow('exception-expedited', 'An expedited drug exception request is decided within', e.expedited));
  }
  if (base.continuedCoverage?.deadline) {
    const d = base.continuedCoverage.deadline;
    rows.push(
      row(
        'keep-benefits',
        'To keep a service going during the appeal, file within',
        `${spanWords(d.span)} of the date on the notice, or by the date the change takes effect if that is later`,
        base.continuedCoverage.citation,
        base.continuedCoverage.certainty,
      ),
    );
  }
  if (base.concurrentExpeditedExternal) {
    rows.push(
      row(
        'expedited-external',
        'Expedited external review at the same time',
        'When the appeal is expedited, you can ask for an expedited external review at the same time as the expedited internal appeal.',
        base.concurrentExpeditedExternal.citation,
        base.concurrentExpeditedExternal.certainty,
      ),
    );
  }
  if (base.deemedExhaustion)
    rows.push(
      row('deemed-exhaustion', 'If the plan misses its deadline', base.deemedExhaustion.text, base.deemedExhaustion.citation, base.deemedExhaustion.certainty),
    );
  return rows;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
const trackId = (track: string) =>
  track
    .replace(/\s*\(.*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

function buildEntries(): RuleEntry[] {
  const rows: RuleEntry[] = [];
  for (const plan of PLAN_TYPES) {
    const rules = PLAN_RULES[plan];
    rows.push(...planEntries(plan, rules, ''));
    const tracks = new Map<string, Track>();
    for (const track of Object.values(rules.byReason ?? {})) if (track) tracks.set(track.track, track);
    for (const track of tracks.values()) rows.push(...planEntries(plan, { ...rules, ...track }, `${trackId(track.track)}.`, track.track));
  }
  return rows;
}

export const RULE_ENTRIES: readonly RuleEntry[] = buildEntries();
const BY_KEY = new Map(RULE_ENTRIES.map((e) => [e.key, e]));

/** `next-level-window` names the first level after the appeal, whatever it is called. */
export function ruleEntry(key: string): RuleEntry | undefined {
  const found = BY_KEY.get(key);
  if (found) return found;
  const alias = /^(.*)\.next-level-(window|decision)$/.exec(key);
  if (!alias) return undefined;
  const [, plan, what] = alias as unknown as [string, PlanType, string];
  const level = PLAN_RULES[plan]?.nextLevels[0];
  return level ? BY_KEY.get(`${plan}.${level.id}-${what}`) : undefined;
}

/** The key of a rule for this plan and reason: the reason's track row where it has one. */
export function ruleKeyFor(plan: PlanType, reason: ReasonSlug | undefined, id: string): string {
  const track = reason ? PLAN_RULES[plan].byReason?.[reason]?.track : undefined;
  const key = track ? `${plan}.${trackId(track)}.${id}` : `${plan}.${id}`;
  return BY_KEY.has(key) ? key : `${plan}.${id}`;
}
