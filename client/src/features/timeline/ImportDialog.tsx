import { TIMELINE_FORMATS, type Incident, type TimelineEvent } from '@hindsight/shared';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { showToast } from '../../state/toastStore.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useDraft } from '../../state/useDraft.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { ZoneSelect } from '../incident/ZoneSelect.tsx';
import { ImportPreviewTable } from './ImportPreviewTable.tsx';
import { FORMAT_LABELS, previewImport, type FormatChoice } from './importPreview.ts';
import { undoImportAndTell } from './importUndo.ts';
import { toLocalInputDate } from './zonedInput.ts';

interface Props {
  /** Called when the dialog closes (cancelled or applied); the parent unmounts it. */
  readonly onClose: () => void;
  readonly incident: Incident;
  readonly events: readonly TimelineEvent[];
}

/**
 * Import events from pasted text, CSV or JSON (or a file). The format is detected and
 * may be overridden; lines with only a time take the base date and zone. Nothing is
 * added until the person has seen the preview: the events to add, the duplicates that
 * will be skipped, and every error by line number. While there are errors nothing can be
 * added. The import is one change that "Undo import" takes back.
 */
export function ImportDialog({ onClose, incident, events }: Props) {
  const commands = useIncidentCommands();
  const boardId = useBoard((s) => s.boardId);
  const [stored, setText, clearText] = useDraft(`${boardId}/timeline-import`);
  const text = stored ?? '';
  const [format, setFormat] = useState<FormatChoice>('auto');
  const [baseDate, setBaseDate] = useState(() =>
    toLocalInputDate(incident.startedAt ?? events[0]?.at ?? null, incident.timeZone),
  );
  const [timeZone, setTimeZone] = useState(incident.timeZone);
  const [defaultSource, setDefaultSource] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();

  // Mounted when opened, so the settings start from the incident as it is now; the
  // pasted text is a draft that outlives the dialog.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const preview = useMemo(
    () => previewImport(text, { format, baseDate, timeZone, defaultSource }, events),
    [text, format, baseDate, timeZone, defaultSource, events],
  );

  async function readFile(file: File | undefined) {
    if (!file) return;
    try {
      setText(await file.text());
      setFileProblem(null);
    } catch {
      setFileProblem(`Could not read ${file.name}.`);
    }
  }

  function apply() {
    if (!preview.canApply) return;
    const result = commands.importEvents(preview.toAdd);
    clearText();
    onClose();
    const skipped = result.skipped > 0 ? ` (${result.skipped} already there, skipped)` : '';
    const importId = result.importId;
    showToast({
      message: `Imported ${result.added} ${result.added === 1 ? 'event' : 'events'}${skipped}`,
      action: importId
        ? { label: 'Undo import', run: () => undoImportAndTell(commands, importId) }
        : undefined,
    });
  }

  const errorCount = preview.errors.length;
  return (
    <dialog
      ref={dialogRef}
      className="dialog tl-import"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <h2 id={`${id}-title`}>Import timeline events</h2>
        <p className="dialog__hint">
          Paste one event a line (<code>2026-11-03 14:02 UTC [trigger] Rollout started</code>, then{' '}
          <code>14:05 …</code>), a CSV with a header row, or a JSON array. Existing events are never
          changed; events already on the timeline are skipped.
        </p>

        <div className="tl-import__grid">
          <div className="tl-import__source">
            <label htmlFor={`${id}-text`} className="field-label">
              Events to import
            </label>
            <textarea
              id={`${id}-text`}
              className="input tl-import__text"
              value={text}
              rows={10}
              spellCheck={false}
              onChange={(e) => (e.target.value ? setText(e.target.value) : clearText())}
            />
            <label htmlFor={`${id}-file`} className="field-label">
              Or choose a file
            </label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".txt,.csv,.json,text/plain,text/csv,application/json"
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
            {fileProblem && <p className="field-error">{fileProblem}</p>}
          </div>

          <div className="tl-import__settings">
            <label htmlFor={`${id}-format`} className="field-label">
              Format
            </label>
            <select
              id={`${id}-format`}
              className="input tl-input"
              value={format}
              onChange={(e) => setFormat(e.target.value as FormatChoice)}
            >
              <option value="auto">Detect ({FORMAT_LABELS[preview.detected]})</option>
              {TIMELINE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-date`} className="field-label">
              Date for lines with only a time
            </label>
            <input
              id={`${id}-date`}
              type="date"
              className="input tl-input"
              value={baseDate}
              onChange={(e) => setBaseDate(e.target.value)}
            />
            <ZoneSelect
              label="Zone for times without one"
              value={timeZone}
              onChange={setTimeZone}
            />
            <label htmlFor={`${id}-source`} className="field-label">
              Source for events without one
            </label>
            <input
              id={`${id}-source`}
              className="input tl-input"
              value={defaultSource}
              placeholder="e.g. #inc-checkout"
              onChange={(e) => setDefaultSource(e.target.value)}
            />
          </div>
        </div>

        <section className="tl-import__preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className="tl-import__heading">
            Preview
          </h3>
          <p className="tl-import__summary" role="status" data-testid="import-summary">
            {text.trim() === ''
              ? 'Paste or choose something to import.'
              : preview.settingsProblem
                ? preview.settingsProblem
                : `${FORMAT_LABELS[preview.format]}: ${preview.toAdd.length} to add` +
                  (preview.duplicates > 0
                    ? `, ${preview.duplicates} already there (skipped)`
                    : '') +
                  (errorCount > 0
                    ? `, ${errorCount} ${errorCount === 1 ? 'line has a problem' : 'lines have problems'}. Fix ${errorCount === 1 ? 'it' : 'them'} to import; nothing is added until then.`
                    : '.')}
          </p>
          {errorCount > 0 && (
            <ul className="tl-import__errors" aria-label="Problems" data-testid="import-errors">
              {preview.errors.map((error) => (
                <li key={`${error.line}-${error.index ?? ''}-${error.problem}`}>
                  <strong>Line {error.line}</strong>
                  {error.index !== undefined ? ` (item ${error.index})` : ''}: {error.problem}
                </li>
              ))}
            </ul>
          )}
          {preview.rows.length > 0 && (
            <ImportPreviewTable rows={preview.rows} timeZone={incident.timeZone} />
          )}
        </section>

        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!preview.canApply}>
            {preview.toAdd.length > 0 && preview.canApply
              ? `Add ${preview.toAdd.length} ${preview.toAdd.length === 1 ? 'event' : 'events'}`
              : 'Add events'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
