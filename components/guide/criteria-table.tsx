import type { Criterion } from '@/lib/content/schema';

export function CriteriaTable({ criteria }: { criteria: Criterion[] }) {
  return (
    <section aria-labelledby="criteria">
      <h2 id="criteria" className="mt-10 mb-3 text-2xl font-semibold">
        Match each criterion to your records
      </h2>
      <table className="stack-table" data-testid="criteria-table">
        <caption className="sr-only">Coverage criteria and the documentation that meets each</caption>
        <thead>
          <tr>
            <th scope="col">What the plan looks for</th>
            <th scope="col">What in the record shows it</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((row) => (
            <tr key={row.criterion}>
              <th scope="row">{row.criterion}</th>
              <td>
                <span className="cell-label">Shown by: </span>
                {row.documentation}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
