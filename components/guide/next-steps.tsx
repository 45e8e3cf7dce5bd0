import Link from 'next/link';

/** `claimFileRight` names the plan types whose rules make the file free (from the rules module). */
export function NextSteps({ claimFileRight }: { claimFileRight: string }) {
  return (
    <section aria-labelledby="next-steps">
      <h2 id="next-steps" className="mt-10 mb-3 text-2xl font-semibold">
        Next steps
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          Ask for your claim file and the criteria used (<Link href="/claim-file-request">free letter</Link>).{claimFileRight}
        </li>
        <li>Send the appeal in writing, with the records for each criterion and the doctor’s signed statement, by a method that proves delivery.</li>
      </ol>
    </section>
  );
}
