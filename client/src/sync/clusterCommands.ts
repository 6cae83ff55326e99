/**
 * The clustering commands components call, on top of shared's cluster commands. Every
 * change runs under this tab's origin, the only origin the undo manager tracks, so undo
 * and redo take back this tab's own moves and never anyone else's (STYLE.md rule 4). A
 * move someone else made since, on the same card or cluster, wins: undo then leaves it.
 */
import {
  cardPlacementsMap,
  clustersMap,
  groupCards,
  renameCluster,
  runClusterCommand,
} from '@hindsight/shared';
import * as Y from 'yjs';
import type { ClusterCommands } from '../state/clusterCommands.ts';
import type { ClusterStore } from '../state/clusterStore.ts';
import type { DragSignal } from './dragSignal.ts';

export interface ClusterCommandsWithUndo extends ClusterCommands {
  /** Stops tracking: call when the session is dropped. */
  destroy(): void;
}

export function createClusterCommands(
  doc: Y.Doc,
  store: ClusterStore,
  drag: DragSignal,
  now: () => number = Date.now,
): ClusterCommandsWithUndo {
  /** Marks this tab's clustering transactions. */
  const origin = { source: 'hindsight:cluster' };
  const undo = new Y.UndoManager([clustersMap(doc), cardPlacementsMap(doc)], {
    trackedOrigins: new Set([origin]),
    // Every drop is its own step, however quick the next one.
    captureTimeout: 0,
  });
  const publish = () => store.setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
  undo.on('stack-item-added', publish);
  undo.on('stack-item-popped', publish);
  undo.on('stack-cleared', publish);

  return {
    run: (command) => runClusterCommand(doc, command, origin, now()),
    runAll(commands) {
      let ok = true;
      const at = now();
      // One transaction, so one undo step: nested commands join it.
      doc.transact(() => {
        commands.forEach((command, i) => {
          ok = runClusterCommand(doc, command, origin, at + i) && ok;
        });
      }, origin);
      return ok;
    },
    group: (cardIds, options) => groupCards(doc, cardIds, origin, now(), options),
    rename: (clusterId, name) => renameCluster(doc, clusterId, name, origin),
    undo: () => undo.undo() !== null,
    redo: () => undo.redo() !== null,
    dragMove: (position) => drag.move(position),
    dragEnd: () => drag.end(),
    select: (cardIds) => store.setState({ selected: [...new Set(cardIds)] }),
    toggleSelected(cardId) {
      const { selected } = store.getState();
      store.setState({
        selected: selected.includes(cardId)
          ? selected.filter((id) => id !== cardId)
          : [...selected, cardId],
      });
    },
    destroy() {
      undo.destroy();
    },
  };
}
