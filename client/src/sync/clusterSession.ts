/**
 * The Cluster phase of an open board: the clustering board's store and commands, and
 * `open()` which bridges the board doc until the returned function is called. Creating
 * it has no side effects outside memory.
 */
import type * as Y from 'yjs';
import type { BrainstormStore } from '../state/brainstormStore.ts';
import type { ClusterSession } from '../state/clusterCommands.ts';
import { createClusterStore } from '../state/clusterStore.ts';
import { bindClusters } from './clusterBridge.ts';
import { createClusterCommands } from './clusterCommands.ts';
import type { DocConnection } from './docConnection.ts';
import { createDragSignal, publishDragging } from './dragSignal.ts';

export interface OpenableClusterSession extends ClusterSession {
  /** Bridges the board doc and its awareness; returns the function that stops. */
  open(board: DocConnection): () => void;
}

export function createClusterSession(
  boardDoc: Y.Doc,
  brainstorm: BrainstormStore,
): OpenableClusterSession {
  const store = createClusterStore();
  let board: DocConnection | null = null;
  const drag = createDragSignal((position) => {
    if (board) publishDragging(board.awareness, position);
  });
  const commands = createClusterCommands(boardDoc, store, drag);

  return {
    store,
    commands,
    open(connection) {
      board = connection;
      const unbind = bindClusters(
        { doc: boardDoc, awareness: connection.awareness, brainstorm },
        store,
      );
      return () => {
        drag.end();
        unbind();
        if (board === connection) board = null;
      };
    },
  };
}
