import {
  ACTION_ITEM_FORMATS,
  DOCUMENT_FORMATS,
  EXPORT_FORMAT_INFO,
  type ExportFormat,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { fetchExport, saveFile } from './exportApi.ts';
import { PRINT_PURPOSE, printHtml } from './printHtml.ts';

/** What a button of the list does: download a format, or print the HTML. */
type Choice = ExportFormat | 'print';

/**
 * Every way out of the board: the document's formats, printing, and the action items for
 * each tracker, each a button with a sentence saying what it is for.
 */
export function ExportDownloads() {
  const boardId = useBoard((s) => s.boardId);
  const token = useHashToken();
  const [busy, setBusy] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();

  async function run(choice: Choice) {
    if (!token) return;
    setBusy(choice);
    setError(null);
    try {
      const file = await fetchExport(boardId, token, choice === 'print' ? 'html' : choice);
      if (choice === 'print') printHtml(file.text);
      else saveFile(file);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The download failed.');
    } finally {
      setBusy(null);
    }
  }

  function option(choice: Choice, label: string, purpose: string) {
    const purposeId = `${ids}-${choice}`;
    return (
      <li key={choice} className="export-option">
        <button
          type="button"
          className={`button button--small${choice === 'markdown' ? ' button--primary' : ''}`}
          aria-describedby={purposeId}
          onClick={() => void run(choice)}
          disabled={busy !== null || !token}
        >
          {busy === choice ? 'Preparing…' : label}
        </button>
        <span id={purposeId} className="export-option__purpose">
          {purpose}
        </span>
      </li>
    );
  }

  const download = (format: ExportFormat) =>
    option(
      format,
      `Download ${EXPORT_FORMAT_INFO[format].label}`,
      EXPORT_FORMAT_INFO[format].purpose,
    );

  return (
    <div className="export-downloads">
      <section aria-labelledby={`${ids}-document`}>
        <h3 id={`${ids}-document`}>The document</h3>
        <ul className="export-options">
          {DOCUMENT_FORMATS.map(download)}
          {option('print', 'Print or save as PDF', PRINT_PURPOSE)}
        </ul>
      </section>
      <section aria-labelledby={`${ids}-actions`}>
        <h3 id={`${ids}-actions`}>The action items, for a tracker</h3>
        <ul className="export-options">{ACTION_ITEM_FORMATS.map(download)}</ul>
      </section>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
