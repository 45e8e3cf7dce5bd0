import Link from 'next/link';

/** `claimFileRight` names the plan types whose rules make the file free (from the rules module). */
export function NextSteps({ claimFileRight }: { claimFileRight: string }) {
  return (
    <section aria-labelledby="next-steps">
      <h2 id="next-steps" className="mt-10 mb-3 text-2xl font-semibold">Next steps</h2>
      <ol className="list-decimal space-y-2 pl-6">
        <li>Look for the date printed on the denial letter: every deadline counts from it.</li>
        <li>Make sure you know which kind of plan you have; the plan booklet or your member card tells you, or <Link href="/plan-type">find your plan type</Link>.</li>
        <li>Write to the plan asking for your claim file and the coverage criteria it applied (<Link href="/claim-file-request">a free letter that asks for both</Link>).{claimFileRight}</li>
        <li>Put the appeal in writing, with the records that answer each criterion and a signed statement from the prescribing doctor, and send it in a way that gives you proof of delivery.</li>
      </ol>
    </section>
  );
}
