import { useEffect, useMemo } from 'react';
import type { BoardSession } from '../state/boardContext.ts';
import type { BoardStoreInit } from '../state/boardStore.ts';
import { createBoardSession } from './boardSession.ts';

/**
 * The open board for as long as the calling component is mounted: a fresh store and
 * commands for this board and token, connected to the server while mounted.
 */
export function useBoardSync(init: BoardStoreInit, token: string): BoardSession {
  const { boardId, role, title, template, defaultDocumentTemplate } = init;
  const session = useMemo(
    () => createBoardSession({ boardId, role, title, template, defaultDocumentTemplate }, token),
    [boardId, role, title, template, defaultDocumentTemplate, token],
  );
  useEffect(() => session.open(), [session]);
  return session;
}
