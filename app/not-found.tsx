import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-10">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4">
        The guide you were looking for may not exist yet. Most denials can still be appealed, and the steps are much the same.
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li><Link href="/guides">Browse all guides</Link></li>
        <li><Link href="/">Find a guide by insurer, drug and reason</Link></li>
        <li><Link href="/appeal">Draft an appeal letter</Link></li>
      </ul>
    </div>
  );
}
