import Link from 'next/link';

/** The 404 page's content, for both routers. */
export function NotFoundBody() {
  return (
    <div className="py-10">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4">The guide you were looking for may not exist yet. The pages below still explain how to appeal your denial.</p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>
          <Link href="/guides">Browse all guides</Link>
        </li>
        <li>
          <Link href="/">Find a guide by insurer, drug and reason</Link>
        </li>
        <li>
          <Link href="/appeal">Draft an appeal letter</Link>
        </li>
      </ul>
    </div>
  );
}
