/**
 * The clustering board's Yjs -> zustand bridge: clusters and card placements from the
 * board doc, for the revealed cards the brainstorm store holds, read with shared's
 * `readClusters`; and other tabs' drags from the board doc's awareness.
 *
 * The layout is shared structurally with the last one (state/sharedLayout.ts): a
 * cluster that did not change keeps its object, so a drop re-renders what it changed,
 * not the whole board.
 */
import { cardPlacementsMap, clustersMap, readClusters } from '@hindsight/shared';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { BrainstormStore } from '../state/brainstormStore.ts';
import type { ClusterStore } from '../state/clusterStore.ts';
import { shareLayout, sameDrags } from '../state/sharedLayout.ts';
import { readDrags } from './dragSignal.ts';

export interface ClusterSources {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Where the revealed cards are (facilitation doc, bridged by the brainstorm). */
  readonly brainstorm: BrainstormStore;
}

/** Wires the sources to `store`; returns the function that unwires them. */
export function bindClusters(
  { doc, awareness, brainstorm }: ClusterSources,
  store: ClusterStore,
): () => void {
  const pushLayout = () => {
    const ids = brainstorm.getState().revealedCards.map((card) => card.id);
    const before = store.getState().layout;
    const layout = shareLayout(before, readClusters(doc, ids));
    if (layout !== before) store.setState({ layout });
  };
  const pushDrags = () => {
    const drags = readDrags(awareness);
    if (!sameDrags(drags, store.getState().drags)) store.setState({ drags });
  };

  clustersMap(doc).observeDeep(pushLayout);
  cardPlacementsMap(doc).observe(pushLayout);
  const unsubscribe = brainstorm.subscribe((next, prev) => {
    if (next.revealedCards !== prev.revealedCards) pushLayout();
  });
  awareness.on('change', pushDrags);

  // Catch up with whatever happened before the observers were attached.
  pushLayout();
  pushDrags();

  return () => {
    clustersMap(doc).unobserveDeep(pushLayout);
    cardPlacementsMap(doc).unobserve(pushLayout);
    unsubscribe();
    awareness.off('change', pushDrags);
  };
}
