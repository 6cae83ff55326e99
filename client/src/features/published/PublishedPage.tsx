import { useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import {
  boardOpenAction,
  may,
  type PersonInfo,
  type PublishedPostmortem,
  type Role,
} from '@hindsight/shared';
import { ApiRequestError } from '../../lib/http.ts';
import { openBoard } from '../../lib/workspaceBoards.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { PublicLinkPanel } from './PublicLinkPanel.tsx';
import { PublishedLayout } from './PublishedLayout.tsx';
import { fetchPublished } from './publishedApi.ts';

/** Where "back" goes: the workspace's library of postmortems, its home. */
export const LIBRARY_PATH = '/';

const message = (e: unknown) =>
  e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.';

/** `/postmortems/:id`: a workspace postmortem, read-only, for anyone who reads the workspace. */
export function PublishedPage({ boardId, person }: { boardId: string; person: PersonInfo }) {
  const highlight = new URLSearchParams(useSearch()).get('highlight') ?? '';
  const [, navigate] = useLocation();
  const [state, setState] = useState<
    { kind: 'loading' } | { kind: 'error'; status: number; message: string } | PublishedState
  >({ kind: 'loading' });
  const [openError, setOpenError] = useState<string | null>(null);
  const principal = { kind: 'person', role: person.role } as const;
  // Members open it to run it; viewers to observe.
  const openAs: Role = may(principal, boardOpenAction('facilitator')) ? 'facilitator' : 'observer';

  useEffect(() => {
    const controller = new AbortController();
    fetchPublished(boardId, controller.signal).then(
      (published) => setState({ kind: 'ready', published }),
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const status = e instanceof ApiRequestError ? e.status : 0;
        setState({ kind: 'error', status, message: message(e) });
      },
    );
    return () => controller.abort();
  }, [boardId]);

  useEffect(() => {
    if (state.kind === 'ready') document.title = `${state.published.document.title} · Hindsight`;
  }, [state]);

  if (state.kind === 'loading') return null;
  if (state.kind === 'error') {
    return (
      <FullPageMessage
        title={state.status === 404 ? 'No postmortem here' : 'This postmortem cannot be shown'}
      >
        <p>{state.message}</p>
      </FullPageMessage>
    );
  }
  const { document: doc, publicLink } = state.published;

  async function open() {
    setOpenError(null);
    try {
      navigate((await openBoard(boardId, openAs)).path);
    } catch (e) {
      setOpenError(message(e));
    }
  }

  return (
    <PublishedLayout
      document={doc}
      highlight={highlight}
      nav={<Link href={LIBRARY_PATH}>← Library</Link>}
      actions={
        <button type="button" className="button button--small" onClick={() => void open()}>
          Open board
        </button>
      }
    >
      {openError && (
        <p className="field-error" role="alert">
          {openError}
        </p>
      )}
      <PublicLinkPanel
        boardId={boardId}
        initial={publicLink}
        canShare={may(principal, 'boards.run')}
      />
    </PublishedLayout>
  );
}

type PublishedState = { kind: 'ready'; published: PublishedPostmortem };
