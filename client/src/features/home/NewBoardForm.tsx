import { BoardTitleSchema } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiRequestError, createBoard } from '../../lib/api.ts';
import { inAppLocation } from '../../lib/boardLinks.ts';
import { rememberCreatedBoard } from '../../state/knownLinks.ts';

/** Asks a title, creates the board, and takes the facilitator to it. */
export function NewBoardForm() {
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = BoardTitleSchema.safeParse(title);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the title');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const board = await createBoard(parsed.data);
      rememberCreatedBoard(board);
      navigate(inAppLocation(board.links.facilitator, board.id, board.tokens.facilitator));
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
      setBusy(false);
    }
  }

  return (
    <form
      className="new-board"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="new-board-title"
    >
      <h2 id="new-board-title">New postmortem</h2>
      <p className="new-board__hint">
        Name it after the incident. You can share links once the board is open.
      </p>
      <label htmlFor={inputId} className="field-label">
        Incident title
      </label>
      <input
        id={inputId}
        className="input"
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          if (error) setError(null);
        }}
        placeholder="e.g. Checkout latency spike, 14 March"
        maxLength={240}
        autoComplete="off"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Creating…' : 'Create board'}
      </button>
      <p className="new-board__hint">
        Or <Link href="/import">import a postmortem</Link> from a JSON export.
      </p>
    </form>
  );
}
