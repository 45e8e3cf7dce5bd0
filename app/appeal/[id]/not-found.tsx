import Link from 'next/link';
import { env } from '@/lib/env';

export default function LetterNotFound() {
  return (
    <div className="py-10" data-testid="letter-not-found">
      <h1 className="text-3xl font-bold">This letter was not found, or it is not yours</h1>
      <p className="mt-4">
        Letters open only in the browser that wrote them, or from their private link. If you saved the private link, open it in this browser. Letters are
        deleted {env().LETTER_RETENTION_DAYS} days after they are created.
      </p>
      <p className="mt-4">
        <Link href="/appeal">Start a new letter</Link>
      </p>
    </div>
  );
}
