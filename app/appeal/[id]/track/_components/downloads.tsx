import type { DocumentKind } from '@/lib/appeal/documents';

const FORMATS = [
  ['pdf', 'PDF'],
  ['docx', 'Word'],
  ['txt', 'plain text'],
] as const;

/** A document's downloads for the owner once paid; otherwise the way to unlock the case. */
export function Downloads({ id, kind, paid, title }: { id: string; kind: DocumentKind; paid: boolean; title: string }) {
  if (!paid && kind !== 'claim-file-request') {
    return (
      <p className="mt-3" data-testid={`locked-${kind}`}>
        <strong>{title}:</strong> part of your case once it is unlocked. <a href={`/appeal/${id}#pay`}>Unlock the whole case</a>
      </p>
    );
  }
  return (
    <p className="mt-3" data-testid={`download-${kind}`}>
      <strong>{title}:</strong>{' '}
      {FORMATS.map(([format, label], i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={`/appeal/${id}/documents/${kind}?format=${format}`} download>
            {label}
          </a>
        </span>
      ))}
    </p>
  );
}
