import { useVersionPreview } from './useVersionPreview.ts';

interface Props {
  readonly boardId: string;
  readonly token: string | null;
  readonly versionId: string | null;
  readonly title: string;
}

/** One version as the postmortem page, read-only, in a frame that runs no script. */
export function VersionPreview({ boardId, token, versionId, title }: Props) {
  const { html, error } = useVersionPreview(boardId, token, versionId);
  if (!versionId) {
    return <p className="history-preview__empty">Choose a version to see it here.</p>;
  }
  if (error) {
    return (
      <p className="field-error" role="alert">
        {error}
      </p>
    );
  }
  if (html === null) return <p className="history-preview__empty">Loading the version…</p>;
  // No allow-scripts, no allow-same-origin: the document cannot run anything.
  return <iframe className="history-preview__frame" title={title} sandbox="" srcDoc={html} />;
}
