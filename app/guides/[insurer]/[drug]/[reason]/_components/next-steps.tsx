export function NextSteps() {
  return (
    <section aria-labelledby="next-steps">
      <h2 id="next-steps" className="mt-10 mb-3 text-2xl font-semibold">Next steps</h2>
      <ol className="list-decimal space-y-2 pl-6">
        <li>Find the date printed on the denial letter and work out your deadline from the table above.</li>
        <li>Read your plan&apos;s Summary of Benefits and Coverage to confirm the kind of plan you have.</li>
        <li>Ask the plan in writing for your complete claim file and the criteria it used. They are free.</li>
        <li>Send the appeal in writing, with the new clinical evidence and a statement from the prescribing doctor, by a method you can track.</li>
      </ol>
    </section>
  );
}
