import { PLAN_RULES, PLAN_TYPES, type PlanType } from '@/lib/appeal/plans';
import { shortWindow, spanWords, windowWords } from '@/lib/appeal/plans/describe';
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
 * The appeal rules for each plan type, in words built from the plan-rules module, each linking to its row on
 * /how-we-count. An exclusive accordion: the patient opens their own kind of plan, which moves to the top
 * (CSS `order`), and the others stay folded. It works without JavaScript and keeps the page static.
 */
export function DeadlineTable({ planTypes = PLAN_TYPES }: { planTypes?: readonly PlanType[] }) {
  return (
    <div className="plan-rules" data-testid="deadline-table">
      {planTypes.map((type) => {
        const rules = PLAN_RULES[type];
        const next = rules.nextLevels[0];
        return (
          <details key={type} name="plan-rules" id={`plan-${type}`} data-plan={type}>
            <summary>
              <span className="font-semibold">{rules.label}</span> <span className="text-muted">· {shortWindow(rules.appealWindow)} to appeal</span>
            </summary>
            <dl>
              <dt>You file the {rules.appealName}</dt>
              <dd>
                {capitalize(windowWords(rules.appealWindow, 'denial notice'))}. <cite>{rules.appealWindow.citation}</cite>{' '}
                <a href={ruleHref(`${type}.appeal-window`)}>How we count</a>
              </dd>
              <dt>The plan decides</dt>
              <dd>{capitalize(decides(type))}.</dd>
              <dt>If the plan says no</dt>
              <dd>
                {nextLevel(type)}{' '}
                {next && (
                  <>
                    <cite>{next.window?.citation ?? next.citation}</cite> <a href={ruleHref(`${type}.${next.id}-window`)}>How we count</a>
                  </>
                )}
              </dd>
            </dl>
          </details>
        );
      })}
    </div>
  );
}
