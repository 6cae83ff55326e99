import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from '@hindsight/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { fetchExport, saveFile } from './exportApi.ts';
import { useExportPreview } from './useExportPreview.ts';
import './export.css';

type PreviewTab = 'markdown' | 'html';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/**
 * The postmortem document: a live preview (the Markdown as text, the HTML in a sandboxed
 * frame that runs no script) and a download button per format.
 */
export function ExportDialog({ open, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [tab, setTab] = useState<PreviewTab>('markdown');
  const markdown = useExportPreview('markdown', open && tab === 'markdown');
  const html = useExportPreview('html', open && tab === 'html');
  const preview = tab === 'markdown' ? markdown : html;
  const boardId = useBoard((s) => s.boardId);
  const token = useHashToken();
  const [saving, setSaving] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  async function download(format: ExportFormat) {
    if (!token) return;
    setSaving(format);
    setError(null);
    try {
      saveFile(await fetchExport(boardId, token, format));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The download failed.');
    } finally {
      setSaving(null);
    }
  }

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

      <div className="export-tabs" role="tablist" aria-label="Preview">
        {(['markdown', 'html'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            className="export-tabs__tab"
            onClick={() => setTab(t)}
          >
            {t === 'markdown' ? 'Markdown' : 'HTML'}
          </button>
        ))}
        <button
          type="button"
          className="button button--ghost button--small export-tabs__refresh"
          onClick={preview.refresh}
          disabled={preview.loading}
        >
          Refresh
        </button>
      </div>

      <div className="export-preview" role="tabpanel" aria-busy={preview.text === null}>
        {preview.error && (
          <p className="field-error" role="alert">
            {preview.error}
          </p>
        )}
        {preview.text === null ? (
          <p className="export-preview__loading">Loading the preview…</p>
        ) : tab === 'markdown' ? (
          <pre className="export-preview__markdown" data-testid="export-markdown-preview">
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
      </div>

      <div className="export-downloads">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className={`button button--small${format === 'markdown' ? ' button--primary' : ''}`}
            onClick={() => void download(format)}
            disabled={saving !== null || !token}
          >
            {saving === format ? 'Preparing…' : `Download ${EXPORT_FORMAT_INFO[format].label}`}
          </button>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </dialog>
  );
}
