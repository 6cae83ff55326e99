import type { ClosingResponse } from '@hindsight/shared';
import { useState } from 'react';
import { ApiRequestError } from '../../lib/http.ts';
import { useFetched } from '../../lib/useFetched.ts';
import { closePostmortem, fetchClosing } from './closingApi.ts';

/** What the panel says of the postmortem, in one sentence. */
function standing(closing: ClosingResponse): string {
  if (closing.status === 'closed') return 'Closed: every action is resolved.';
  if (closing.closable) return 'Every action is resolved.';
  const open = closing.openActions === 1 ? '1 action is' : `${closing.openActions} actions are`;
  return closing.openActions > 0 ? `Not ready to close: ${open} not resolved yet.` : '';
}

/**
 * The ledger narrowed to one postmortem says where it stands: ready to close once every
 * action is resolved, with **Close postmortem** for its facilitator, its owners and
 * admins (the server refuses anyone else), and open again when an action is reopened.
 * Read again whenever the actions shown change (`version`).
 */
export function ClosingPanel({
  boardId,
  version,
  onClosed,
}: {
  boardId: string;
  version: string;
  onClosed(): void;
}) {
  const closing = useFetched(
    (signal) => fetchClosing(boardId, signal),
    `closing:${boardId}:${version}`,
    { whenShown: true },
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const data = closing.data;
  if (!data) return null;
  const sentence = standing(data);
  if (!sentence) return null;

  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      await closePostmortem(boardId);
      closing.reload();
      onClosed();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
      closing.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className={`ledger-closing ledger-closing--${data.status === 'closed' ? 'closed' : data.closable ? 'ready' : 'open'}`}
      aria-label="Closing this postmortem"
      data-testid="ledger-closing"
      data-status={data.status}
    >
      {data.closable && <strong className="ledger-closing__ready">Ready to close</strong>}
      <p aria-live="polite">{sentence}</p>
      {data.closable &&
        (data.mayClose ? (
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy}
            onClick={() => void close()}
          >
            {busy ? 'Closing…' : 'Close postmortem'}
          </button>
        ) : (
          <p className="ledger-closing__who">Its facilitator, its owners or an admin close it.</p>
        ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
