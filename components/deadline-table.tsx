import { PLAN_RULES } from '@/lib/appeal/rules';
import { PLAN_TYPE_LABELS, PLAN_TYPES, type PlanType } from '@/lib/appeal/plan-types';

const COLUMNS = [
  ['fileAppeal', 'fileCitation', 'You file the appeal'],
  ['planDecides', 'decideCitation', 'Plan decides'],
  ['externalReview', 'externalCitation', 'Independent review'],
] as const;

/** The federal appeal clocks for each plan type, with their citations. On phones each row stacks as a card. */
export function DeadlineTable({ planTypes = PLAN_TYPES }: { planTypes?: readonly PlanType[] }) {
  return (
    <table className="stack-table" data-testid="deadline-table">
      <caption className="sr-only">Appeal deadlines by plan type</caption>
      <thead>
        <tr>
          <th scope="col">Your plan</th>
          {COLUMNS.map(([, , label]) => <th key={label} scope="col">{label}</th>)}
        </tr>
      </thead>
      <tbody>
        {planTypes.map((type) => {
          const rule = PLAN_RULES[type];
          return (
            <tr key={type}>
              <th scope="row">{PLAN_TYPE_LABELS[type]}</th>
              {COLUMNS.map(([text, citation, label]) => (
                <td key={label}>
                  <span className="cell-label">{label}: </span>
                  {rule[text]}
                  <cite>{rule[citation]}</cite>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
