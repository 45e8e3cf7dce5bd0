import { PLAN_RULES, PLAN_TYPES, type PlanType } from '@/lib/appeal/plans';
import { spanWords, windowWords } from '@/lib/appeal/plans/describe';
import { ruleHref } from '@/lib/appeal/plans/entries';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function decides(type: PlanType): string {
  const d = PLAN_RULES[type].decisions;
  const parts = [
    d.urgent && `${spanWords(d.urgent.span)} if urgent`,
    d['pre-service'] && `${spanWords(d['pre-service'].span)} before the service`,
    d['post-service'] && `${spanWords(d['post-service'].span)} after it`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : (d.note ?? 'The notice gives the time.');
}

function nextLevel(type: PlanType): string {
  const next = PLAN_RULES[type].nextLevels[0];
  if (!next) return 'The decision says what comes next.';
  if (next.automatic) return `${capitalize(next.name)}: automatic, nothing to file.`;
  return `${capitalize(next.name)}: ${next.window ? windowWords(next.window, 'plan’s decision') : next.onlyFor ? `only for ${next.onlyFor}` : 'the decision says how and when'}.`;
}

/**
 * The federal appeal clocks for each plan type, in words built from the plan-rules module, each linking
 * to its row on /how-we-count. One folded row per plan type keeps the table short on a phone.
 */
export function DeadlineTable({ planTypes = PLAN_TYPES }: { planTypes?: readonly PlanType[] }) {
  return (
    <div className="space-y-2" data-testid="deadline-table">
      {planTypes.map((type) => {
        const rules = PLAN_RULES[type];
        const next = rules.nextLevels[0];
        return (
          <details key={type} id={`plan-${type}`} className="rounded-lg border border-slate-300 p-3">
            <summary className="cursor-pointer font-semibold">{rules.label}</summary>
            <dl className="mt-2 space-y-2">
              <div>
                <dt className="font-medium">You file the {rules.appealName}</dt>
                <dd>{capitalize(windowWords(rules.appealWindow, 'denial notice'))}. <cite className="text-muted">{rules.appealWindow.citation}</cite> <a href={ruleHref(`${type}.appeal-window`)}>How we count</a></dd>
              </div>
              <div>
                <dt className="font-medium">The plan decides</dt>
                <dd>{capitalize(decides(type))}.</dd>
              </div>
              <div>
                <dt className="font-medium">If the plan says no</dt>
                <dd>{nextLevel(type)} {next && <><cite className="text-muted">{next.window?.citation ?? next.citation}</cite> <a href={ruleHref(`${type}.${next.id}-window`)}>How we count</a></>}</dd>
              </div>
            </dl>
          </details>
        );
      })}
    </div>
  );
}
