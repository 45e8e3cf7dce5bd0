import { PLAN_RULES } from '@/lib/appeal/rules';
import { PLAN_TYPE_LABELS, PLAN_TYPES, type PlanType } from '@/lib/appeal/plan-types';

const COLUMNS = [
  ['fileAppeal', 'fileCitation', 'You file the appeal'],
  ['planDecides', 'decideCitation', 'Plan decides'],
  ['externalReview', 'externalCitation', 'Independent review'],
] as const;

const cell = 'border border-slate-300 p-2 align-top max-sm:block max-sm:border-0 max-sm:px-0';

/** The federal appeal clocks for each plan type, with their citations. On phones each row stacks as a card. */
export function DeadlineTable({ planTypes = PLAN_TYPES }: { planTypes?: readonly PlanType[] }) {
  return (
    <table className="w-full border-collapse text-base max-sm:block" data-testid="deadline-table">
      <caption className="sr-only">Appeal deadlines by plan type</caption>
      <thead className="max-sm:hidden">
        <tr className="bg-calm">
          <th scope="col" className="border border-slate-300 p-2 text-left">Your plan</th>
          {COLUMNS.map(([, , label]) => (
            <th key={label} scope="col" className="border border-slate-300 p-2 text-left">{label}</th>
          ))}
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {planTypes.map((type) => {
          const rule = PLAN_RULES[type];
          return (
            <tr key={type} className="max-sm:mb-4 max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-300 max-sm:p-3">
              <th scope="row" className={`${cell} text-left font-semibold max-sm:text-lg`}>{PLAN_TYPE_LABELS[type]}</th>
              {COLUMNS.map(([text, citation, label]) => (
                <td key={label} className={cell}>
                  <span className="font-medium sm:hidden">{label}: </span>
                  {rule[text]}
                  <cite className="block text-sm not-italic text-muted">{rule[citation]}</cite>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
