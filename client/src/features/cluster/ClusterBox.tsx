import { useDraggable, useDroppable } from '@dnd-kit/core';
import { clusterColumn, type Column, type ClusterView, type Point } from '@hindsight/shared';
import { memo, useCallback } from 'react';
import type { BoardCard } from '../../state/boardCards.ts';
import { VoteControls } from '../voting/VoteControls.tsx';
import { BoardCardItem } from './BoardCardItem.tsx';
import { ClusterName } from './ClusterName.tsx';
import { toneOf } from './columnTone.ts';
import { clusterLabel, clusterTitle, dndId, type DragData, type DropData } from './dragModel.ts';

interface Props {
  readonly cluster: ClusterView;
  /** Where it is drawn: its stored place, or lower where it would cover something. */
  readonly at: Point;
  /** Told this browser's height of the box (`useMeasuredHeights`). */
  readonly measureRef: (node: HTMLElement | null) => void;
  readonly cards: ReadonlyMap<string, BoardCard>;
  readonly columns: readonly Column[];
  readonly canEdit: boolean;
}

/**
 * A cluster on the canvas: a header to drag it by (the grip), its name to edit in
 * place, its votes, and its cards stacked, each still draggable out or elsewhere. The
 * whole cluster is a drop target: a card dropped on it joins, a cluster merges into it.
 */
export const ClusterBox = memo(function ClusterBox({
  cluster,
  at,
  measureRef,
  cards,
  columns,
  canEdit,
}: Props) {
  const members = cluster.cardIds.flatMap((id) => {
    const card = cards.get(id);
    return card ? [card] : [];
  });
  const first = members[0]?.text;
  const label = clusterLabel(cluster.name, first);
  const title = clusterTitle(cluster.name, first);
  const column = clusterColumn(
    members.map((c) => c.column),
    columns.map((c) => c.id),
  );
  const dragData: DragData = { source: { kind: 'cluster', clusterId: cluster.id }, label };
  const dropData: DropData = {
    target: { kind: 'cluster', clusterId: cluster.id },
    label,
    area: 'canvas',
  };
  const drag = useDraggable({ id: dndId.cluster(cluster.id), data: dragData, disabled: !canEdit });
  const drop = useDroppable({ id: dndId.cluster(cluster.id), data: dropData, disabled: !canEdit });
  const count = `${members.length} ${members.length === 1 ? 'card' : 'cards'}`;
  const { setNodeRef: setDragRef } = drag;
  const { setNodeRef: setDropRef } = drop;
  const setRef = useCallback(
    (node: HTMLElement | null) => {
      setDragRef(node);
      setDropRef(node);
      measureRef(node);
    },
    [setDragRef, setDropRef, measureRef],
  );

  return (
    <section
      ref={setRef}
      className={`cluster tone--${toneOf(column ?? '', columns)}${
        drag.isDragging ? ' cluster--moving' : ''
      }${drop.isOver && !drag.isDragging ? ' cluster--over' : ''}`}
      style={{ left: at.x, top: at.y }}
      aria-label={`Cluster: ${title}`}
      // Focus lands here after naming it (Enter in the name): not in the Tab order.
      tabIndex={-1}
      data-testid="cluster"
      data-cluster-id={cluster.id}
    >
      <header className="cluster__header">
        {canEdit && (
          <button
            type="button"
            ref={drag.setActivatorNodeRef}
            {...drag.attributes}
            {...drag.listeners}
            aria-roledescription="draggable cluster"
            aria-label={`Move ${label}`}
            className="cluster__grip"
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <circle cx="7" cy="5" r="1.4" />
              <circle cx="13" cy="5" r="1.4" />
              <circle cx="7" cy="10" r="1.4" />
              <circle cx="13" cy="10" r="1.4" />
              <circle cx="7" cy="15" r="1.4" />
              <circle cx="13" cy="15" r="1.4" />
            </svg>
          </button>
        )}
        <ClusterName
          clusterId={cluster.id}
          name={cluster.name}
          placeholder="Name this cluster"
          canEdit={canEdit}
        />
        <span className="cluster__count" title={count} data-testid="cluster-count">
          {members.length}
          <span className="sr-only"> {members.length === 1 ? 'card' : 'cards'}</span>
        </span>
      </header>
      <VoteControls clusterId={cluster.id} title={title} />
      <ul className="cluster__cards" aria-label={`Cards in ${title}`}>
        {members.map((card) => (
          <BoardCardItem
            key={card.key}
            card={card}
            tone={toneOf(card.column, columns)}
            clusterId={cluster.id}
            at={null}
            area="canvas"
            canEdit={canEdit}
          />
        ))}
      </ul>
    </section>
  );
});
