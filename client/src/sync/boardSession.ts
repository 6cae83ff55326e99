/**
 * An open board as the React tree holds it: the board store, the commands, and `open()`
 * which connects to the server until the returned function is called. Creating a session
 * has no side effects outside memory, so React may create and drop one freely.
 */
import * as Y from 'yjs';
import type { LocalUser } from '../state/boardCommands.ts';
import type { BoardSession } from '../state/boardContext.ts';
import { createBoardStore, type BoardStoreInit } from '../state/boardStore.ts';
import { openBoardConnection } from './boardConnection.ts';
import { bindBoard } from './bridge.ts';
import { createBoardCommands } from './commands.ts';
import { publishUser } from './presence.ts';

export interface OpenableBoardSession extends BoardSession {
  /** Connects and bridges; returns the function that disconnects. */
  open(): () => void;
}

export function createBoardSession(init: BoardStoreInit, token: string): OpenableBoardSession {
  const doc = new Y.Doc();
  const store = createBoardStore(init);
  let user: LocalUser | null = null;
  let connection: ReturnType<typeof openBoardConnection> | null = null;

  const commands = createBoardCommands(doc, {
    setUser(next) {
      user = next;
      if (connection) publishUser(connection.awareness, next);
    },
  });

  return {
    store,
    commands,
    open() {
      const current = openBoardConnection(doc, init.boardId, token);
      connection = current;
      if (user) publishUser(current.awareness, user);
      const unbind = bindBoard(current, store);
      return () => {
        unbind();
        current.close();
        if (connection === current) connection = null;
      };
    },
  };
}
