/**
 * The Cluster phase as this tab sees it. The cluster bridge (src/sync/clusterBridge.ts)
 * is its only writer for document and presence state.
 *
 * Scopes: `layout` mirrors the **document** (board doc, for the revealed cards only);
 * `drags` mirror **presence** (other people's drags in progress); `canUndo`, `canRedo`
 * and `selected` are **session** state of this tab.
 */
import type { ClusterLayout } from '@hindsight/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Someone else's drag in progress, from their awareness state (board coordinates). */
export interface RemoteDrag {
  /** Yjs client id of the dragging tab; joins the drag to its person in `peers`. */
  readonly clientId: number;
  readonly cardId: string;
  readonly x: number;
  readonly y: number;
}

export interface ClusterState {
  /** Clusters with their cards, and the cards in no cluster (shared `readClusters`). */
  readonly layout: ClusterLayout;
  /** Cards other tabs are dragging right now. */
  readonly drags: readonly RemoteDrag[];
  /** Whether this tab has a move of its own to undo, or an undone one to redo. */
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Cards this person ticked, for "Group" and "Move to cluster…", in the order ticked. */
  readonly selected: readonly string[];
}

export type ClusterStore = StoreApi<ClusterState>;

export const EMPTY_LAYOUT: ClusterLayout = { clusters: [], free: [] };

export function createClusterStore(): ClusterStore {
  return createStore<ClusterState>()(() => ({
    layout: EMPTY_LAYOUT,
    drags: [],
    canUndo: false,
    canRedo: false,
    selected: [],
  }));
}
