import { useClusterCommands } from '../../state/useClusterCommands.ts';
import { useClusterSelection } from '../../state/useClusterSelection.ts';
import { useClusterState } from '../../state/useClusterState.ts';
import { useClusterUndo } from '../../state/useClusterUndo.ts';
import { useRevealedCardMap } from '../../state/useRevealedCardMap.ts';
import { tidyClusters } from './boardLayout.ts';
import { MoveToClusterMenu } from './MoveToClusterMenu.tsx';
import {
  clusterOfCards,
  liveSelection,
  selectionCommands,
  type SelectionAction,
} from './selection.ts';
import { useFocusGroupedName } from './useFocusGroupedName.ts';

/**
 * Clustering without dragging (Group, Move to cluster…, Take out for the ticked cards),
 * undo and redo of this person's own moves, Suggest groups and Tidy up.
 */
export function ClusterToolbar({
  canEdit,
  canTidy,
  columns,
  onSuggest,
}: {
  canEdit: boolean;
  /** Tidy up only moves clusters: allowed while voting too, when nothing else is. */
  canTidy: boolean;
  /** Cluster columns that fit the canvas now (boardLayout `columnsFor`). */
  columns: () => number;
  onSuggest: () => void;
}) {
  const selected = useClusterSelection();
  const layout = useClusterState((s) => s.layout);
  const cards = useRevealedCardMap();
  const commands = useClusterCommands();
  const { canUndo, canRedo } = useClusterUndo();
  const textOf = (id: string) => cards.get(id)?.text ?? '';
  const live = liveSelection(selected, layout);
  const clusterOf = clusterOfCards(layout);
  const inCluster = live.filter((id) => clusterOf.has(id)).length;
  const focusNameOf = useFocusGroupedName(layout);

  const apply = (action: SelectionAction) => {
    const run = selectionCommands(live, action, { layout, textOf, columns: columns() });
    if (run.length > 0 && commands.runAll(run) && action.type === 'group') focusNameOf(live[0]!);
    commands.select([]);
  };

  return (
    <div className="cluster-toolbar" role="group" aria-label="Clustering tools">
      <span className="cluster-toolbar__selection" role="status" data-testid="selection-count">
        {live.length === 0
          ? 'Tick cards to group them without dragging.'
          : `${live.length} ${live.length === 1 ? 'card' : 'cards'} selected`}
      </span>
      <div className="cluster-toolbar__group">
        <button
          type="button"
          className="button button--small"
          disabled={!canEdit || live.length === 0}
          onClick={() => apply({ type: 'group' })}
        >
          Group
        </button>
        <MoveToClusterMenu
          disabled={!canEdit || live.length === 0}
          onPick={(clusterId) => apply({ type: 'moveTo', clusterId })}
        />
        <button
          type="button"
          className="button button--small"
          disabled={!canEdit || inCluster === 0}
          onClick={() => apply({ type: 'takeOut' })}
        >
          Take out
        </button>
        {live.length > 0 && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => commands.select([])}
          >
            Clear selection
          </button>
        )}
      </div>
      <div className="cluster-toolbar__group">
        <button
          type="button"
          className="button button--small button--ghost"
          aria-keyshortcuts="Control+Z Meta+Z"
          title="Undo your last move (Ctrl+Z)"
          disabled={!canEdit || !canUndo}
          onClick={() => commands.undo()}
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
          title="Redo (Shift+Ctrl+Z)"
          disabled={!canEdit || !canRedo}
          onClick={() => commands.redo()}
        >
          Redo
        </button>
      </div>
      <div className="cluster-toolbar__group">
        <button
          type="button"
          className="button button--small"
          disabled={!canEdit || layout.free.length < 2}
          onClick={onSuggest}
        >
          Suggest groups
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          title="Line the clusters up in columns"
          disabled={!canTidy || layout.clusters.length === 0}
          onClick={() => {
            const moves = tidyClusters(layout.clusters, textOf, columns());
            if (moves.length > 0) commands.runAll(moves);
          }}
        >
          Tidy up
        </button>
      </div>
    </div>
  );
}
