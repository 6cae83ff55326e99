import { useEffect, useId, useRef, useState } from 'react';
import { DocumentTemplateSelect } from '../findings/DocumentTemplateSelect.tsx';
import '../findings/findings.css';
import { ExportDownloads } from './ExportDownloads.tsx';
import { PreviewTabs, type PreviewTab } from './PreviewTabs.tsx';
import { useExportPreview } from './useExportPreview.ts';
import './export.css';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/**
 * The postmortem document: the template it follows (the facilitator changes the board's
 * choice here, everyone else reads which it is), a live preview (the Markdown as text, the
 * HTML in a sandboxed frame that runs no script), and every format to download or print,
 * each saying what it is for.
 */
export function ExportDialog({ open, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [tab, setTab] = useState<PreviewTab>('markdown');
  const markdown = useExportPreview('markdown', open && tab === 'markdown');
  const html = useExportPreview('html', open && tab === 'html');
  const preview = tab === 'markdown' ? markdown : html;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__head">
        <h2 id={titleId}>Export the postmortem</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="dialog__hint">
        The document as it stands now: incident facts, timeline and the revealed cards, never who
        wrote them. Sections the session has not reached yet say so.
      </p>
      <div className="export-dialog__template" data-testid="export-template">
        <DocumentTemplateSelect />
      </div>

      <PreviewTabs
        tab={tab}
        onTab={setTab}
        busy={preview.text === null}
        aside={
          <button
            type="button"
            className="button button--ghost button--small export-tabs__refresh"
            onClick={preview.refresh}
            disabled={preview.loading}
          >
            Refresh
          </button>
        }
      >
        {preview.error && (
          <p className="field-error" role="alert">
            {preview.error}
          </p>
        )}
        {preview.text === null ? (
          <p className="export-preview__loading">Loading the preview…</p>
        ) : tab === 'markdown' ? (
          // Focusable: the preview scrolls, and a keyboard must reach what is below the fold.
          <pre
            className="export-preview__markdown"
            data-testid="export-markdown-preview"
            tabIndex={0}
          >
            {preview.text}
          </pre>
        ) : (
          // No allow-scripts, no allow-same-origin: the document cannot run anything.
          <iframe
            className="export-preview__frame"
            title="HTML preview of the postmortem"
            sandbox=""
            srcDoc={preview.text}
          />
        )}
      </PreviewTabs>

      <ExportDownloads />
    </dialog>
  );
}
