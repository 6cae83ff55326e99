import type { LedgerAction } from '@hindsight/shared';
import { useEffect, useId, useRef } from 'react';
import { useFetched } from '../../lib/useFetched.ts';
import { historyLine } from './actionHistory.ts';
import { fetchHistory } from './ledgerApi.ts';

interface Props {
  readonly action: LedgerAction;
  readonly onClose: () => void;
}

/** An action's changes, oldest first: who, when, from → to, and where it was changed. */
export function ActionHistoryDialog({ action, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const history = useFetched((signal) => fetchHistory(action, signal), action.id);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const items = history.data?.items ?? null;
  return (
    <dialog
      ref={dialogRef}
      className="dialog ledger-history"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__head">
        <h2 id={titleId}>History of “{action.title}”</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="dialog__hint">{action.postmortemTitle}</p>
      {history.error && (
        <p className="field-error" role="alert">
          {history.error}
        </p>
      )}
      {items === null ? (
        !history.error && <p role="status">Loading the history…</p>
      ) : items.length === 0 ? (
        <p data-testid="ledger-history-empty">No change recorded since the action was written.</p>
      ) : (
        <ol className="ledger-history__list" data-testid="ledger-history">
          {items.map((entry, i) => {
            const line = historyLine(entry);
            return (
              <li key={i} className="ledger-history__item">
                <span className="ledger-history__what">
                  {line.what}: {line.from} → {line.to}
                </span>
                <span className="ledger-history__who">
                  {line.who}, <time dateTime={entry.at}>{line.when}</time>, {line.where}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </dialog>
  );
}
