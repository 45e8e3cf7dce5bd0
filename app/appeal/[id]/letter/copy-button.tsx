'use client';

import { useState } from 'react';

export function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <p className="mt-3">
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
        className="rounded-md border border-brand px-4 py-2 font-medium text-brand"
      >
        Copy the letter text
      </button>
      <span aria-live="polite" className="ml-3">
        {copied ? 'Copied.' : ''}
      </span>
    </p>
  );
}
