import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { renderHtmlContent, type PostmortemDocument } from '@hindsight/shared';
import { highlightTerms, markHits } from './highlight.ts';

interface Props {
  readonly document: PostmortemDocument;
  /** A search query whose words and phrases are marked; empty for none. */
  readonly highlight: string;
}

/**
 * The postmortem as the HTML export renders it (one renderer), inserted as our own markup:
 * the renderer escapes every value and emits no script or handler, and the page's CSP
 * runs no inline script anyway. Inserted rather than framed so that a search's hits can
 * be marked and scrolled to (docs/SECURITY.md).
 */
export function DocumentView({ document, highlight }: Props) {
  const ref = useRef<HTMLElement>(null);
  const html = useMemo(() => renderHtmlContent(document), [document]);
  const terms = useMemo(() => highlightTerms(highlight), [highlight]);
  const [hits, setHits] = useState<number | null>(null);

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    root.innerHTML = html;
    const marks = markHits(root, terms);
    setHits(terms.length > 0 ? marks.length : null);
    marks[0]?.scrollIntoView({ block: 'center' });
  }, [html, terms]);

  return (
    <>
      {hits !== null && (
        <p className="published__hits" role="status">
          {hits === 0
            ? `No match for “${highlight}” on this page.`
            : `${hits} ${hits === 1 ? 'match' : 'matches'} for “${highlight}” marked.`}
        </p>
      )}
      <article ref={ref} className="published__doc" aria-label="Postmortem document" />
    </>
  );
}
