import type { Criterion } from '@/lib/content/schema';

export function CriteriaTable({ criteria }: { criteria: Criterion[] }) {
  return (
    <section aria-labelledby="criteria">
      <h2 id="criteria" className="mt-10 mb-3 text-2xl font-semibold">Match each criterion to your records</h2>
      <table className="w-full border-collapse text-base max-sm:block" data-testid="criteria-table">
        <caption className="sr-only">Coverage criteria and the documentation that meets each</caption>
        <thead className="max-sm:hidden">
          <tr className="bg-calm">
            <th scope="col" className="border border-slate-300 p-2 text-left">What the plan looks for</th>
            <th scope="col" className="border border-slate-300 p-2 text-left">What in the record shows it</th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {criteria.map((row) => (
            <tr key={row.criterion} className="max-sm:mb-3 max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-300 max-sm:p-3">
              <th scope="row" className="border border-slate-300 p-2 text-left align-top font-medium max-sm:block max-sm:border-0 max-sm:p-0">{row.criterion}</th>
              <td className="border border-slate-300 p-2 align-top max-sm:block max-sm:border-0 max-sm:p-0 max-sm:pt-2">
                <span className="font-medium sm:hidden">Shown by: </span>{row.documentation}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
