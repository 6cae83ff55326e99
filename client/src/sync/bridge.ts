/**
 * The board doc's Yjs -> zustand bridge: observers on the doc and awareness push plain
 * snapshots into the board store. Components read the store, never the doc.
 */
import type { BoardStore } from '../state/boardStore.ts';
import { bindConnectionFacts } from './connectionFacts.ts';
import type { DocConnection } from './docConnection.ts';
import { readPeers, samePeers } from './presence.ts';

/** Wires `connection` to `store`; returns the function that unwires it. */
export function bindBoard(connection: DocConnection, store: BoardStore): () => void {
  const { awareness } = connection;
  const set = store.setState;

  const pushPeers = () => {
    const peers = readPeers(awareness);
    if (!samePeers(peers, store.getState().peers)) set({ peers });
  };

  awareness.on('change', pushPeers);
  const unbindFacts = bindConnectionFacts(connection, store);

  // Catch up with whatever happened before the observers were attached.
  pushPeers();

  return () => {
    awareness.off('change', pushPeers);
    unbindFacts();
  };
}
