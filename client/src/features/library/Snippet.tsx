import type { SnippetPart } from '@hindsight/shared';

/** A search hit in context: the parts as text, the hits marked, and where it was found. */
export function Snippet({ parts, where }: { parts: readonly SnippetPart[]; where: string | null }) {
  if (parts.length === 0) return null;
  return (
    <p className="lib-snippet" data-testid="library-snippet">
      {where && <span className="lib-snippet__where">{where}</span>}
      <span className="lib-snippet__text">
        …
        {parts.map((part, i) =>
          part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
        …
      </span>
    </p>
  );
}
