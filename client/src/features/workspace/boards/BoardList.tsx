import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import {
  BOARD_PAGE_SIZE,
  boardOpenAction,
  may,
  type BoardSummary,
  type PersonInfo,
  type Role,
} from '@hindsight/shared';
import { ApiRequestError } from '../../../lib/http.ts';
import { fetchBoards, openBoard } from '../../../lib/workspaceBoards.ts';

/** The roles a person may open a board in from here, the one they run it in first. */
const OPEN_AS: readonly { role: Role; label: string }[] = [
  { role: 'facilitator', label: 'Facilitate' },
  { role: 'participant', label: 'Join' },
  { role: 'observer', label: 'Observe' },
];

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const message = (e: unknown) =>
  e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.';

/**
 * The workspace's postmortems, newest first, {@link BOARD_PAGE_SIZE} at a time: each opens
 * as the person's role allows (members facilitate or join, viewers observe), no link needed.
 */
export function BoardList({ person }: { person: PersonInfo }) {
  const [, navigate] = useLocation();
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const principal = { kind: 'person', role: person.role } as const;
  // A viewer observes; a member facilitates or joins (observing adds nothing for them).
  const roles = OPEN_AS.filter(({ role }) => may(principal, boardOpenAction(role))).slice(0, 2);

  useEffect(() => {
    const controller = new AbortController();
    fetchBoards(null, controller.signal).then(
      (page) => {
        setBoards(page.boards);
        setNext(page.next);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(message(e));
      },
    );
    return () => controller.abort();
  }, []);

  async function more() {
    setBusy(true);
    try {
      const page = await fetchBoards(next);
      setBoards((shown) => [...(shown ?? []), ...page.boards]);
      setNext(page.next);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  }

  async function open(board: BoardSummary, role: Role) {
    setError(null);
    try {
      navigate((await openBoard(board.id, role)).path);
    } catch (e) {
      setError(message(e));
    }
  }

  return (
    <section className="board-list" aria-labelledby="board-list-title">
      <h2 id="board-list-title">Boards</h2>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {boards === null && !error && <p className="board-list__note">Loading…</p>}
      {boards?.length === 0 && (
        <p className="board-list__note">
          No boards yet.
          {roles.some((r) => r.role !== 'observer') && ' Start one with New postmortem.'}
        </p>
      )}
      {boards && boards.length > 0 && (
        <ul className="board-list__items">
          {boards.map((board) => (
            <li key={board.id} className="board-list__item" data-testid="board-list-item">
              <div className="board-list__text">
                <h3>{board.title}</h3>
                <p className="board-list__meta">
                  <span>Created {DATE.format(board.createdAt)}</span>
                  <span>{board.phase ?? 'Not opened since it was adopted'}</span>
                  {board.facilitators.length > 0 && (
                    <span>Facilitated by {board.facilitators.join(', ')}</span>
                  )}
                </p>
              </div>
              <div className="board-list__actions">
                {roles.map(({ role, label }) => (
                  <button
                    key={role}
                    type="button"
                    className="button button--small"
                    aria-label={`${label} ${board.title}`}
                    onClick={() => void open(board, role)}
                  >
                    {label}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {next !== null && (
        <button
          type="button"
          className="button button--ghost"
          disabled={busy}
          onClick={() => void more()}
        >
          {busy ? 'Loading…' : `Show ${BOARD_PAGE_SIZE} older`}
        </button>
      )}
    </section>
  );
}
