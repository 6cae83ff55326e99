import { useDroppable } from '@dnd-kit/core';
import type { Column, ClusterLayout } from '@hindsight/shared';
import { useCallback, useMemo, type RefObject } from 'react';
import type { BoardCard } from '../../state/boardCards.ts';
import { canvasBoxes, canvasSize, cardBoxId, clusterBoxId } from './boardLayout.ts';
import { BoardCardItem } from './BoardCardItem.tsx';
import { ClusterBox } from './ClusterBox.tsx';
import { toneOf } from './columnTone.ts';
import { BOARD_LABEL, dndId, type DropData } from './dragModel.ts';
import { DragGhosts } from './DragGhosts.tsx';
import { separate } from './separate.ts';
import { useMeasuredHeights } from './useMeasuredHeights.ts';

interface Props {
  readonly layout: ClusterLayout;
  readonly cardMap: ReadonlyMap<string, BoardCard>;
  readonly columns: readonly Column[];
  readonly canEdit: boolean;
  /** The scrolling viewport around the canvas (for hit tests and room to place things). */
  readonly viewportRef: RefObject<HTMLDivElement | null>;
  /** The canvas itself: board coordinates start at its top-left corner. */
  readonly canvasRef: RefObject<HTMLDivElement | null>;
}

const BOARD_DROP: DropData = { target: { kind: 'board' }, label: BOARD_LABEL, area: 'canvas' };

/**
 * The free-form part of the board: clusters and placed cards at their stored
 * positions, the same for everyone (moved down where this browser draws something taller
 * than the screen that placed it, so nothing covers anything), and others' drags in
 * progress. Empty space is a drop
 * target too: a card dropped there leaves its cluster, or moves.
 */
export function BoardCanvas({ layout, cardMap, columns, canEdit, viewportRef, canvasRef }: Props) {
  const drop = useDroppable({ id: dndId.board, data: BOARD_DROP, disabled: !canEdit });
  // Drawn where the stored positions say, pushed apart by the heights measured here.
  const { heights, measure } = useMeasuredHeights();
  const { shown, size } = useMemo(() => {
    const boxes = canvasBoxes(layout, (id) => cardMap.get(id)?.text ?? '', heights);
    const shown = separate(boxes);
    const rects = boxes.map(({ id, at, width, height }) => ({
      ...(shown.get(id) ?? at),
      width,
      height,
    }));
    return { shown, size: canvasSize(rects) };
  }, [layout, cardMap, heights]);
  const placed = layout.free.filter((f) => f.at !== null);
  const { setNodeRef } = drop;
  const setCanvas = useCallback(
    (node: HTMLDivElement | null) => {
      setNodeRef(node);
      canvasRef.current = node;
    },
    [setNodeRef, canvasRef],
  );

  return (
    <div ref={viewportRef} className="cluster-canvas__viewport" data-testid="cluster-canvas">
      <div
        ref={setCanvas}
        className="cluster-canvas"
        style={{ width: size.width, height: size.height }}
      >
        {layout.clusters.length === 0 && placed.length === 0 && (
          <p className="cluster-canvas__hint">
            Drag a card onto another to start a cluster, or tick cards and press Group.
          </p>
        )}
        {layout.clusters.map((cluster) => (
          <ClusterBox
            key={cluster.id}
            cluster={cluster}
            at={shown.get(clusterBoxId(cluster.id)) ?? cluster.at}
            measureRef={measure(clusterBoxId(cluster.id))}
            cards={cardMap}
            columns={columns}
            canEdit={canEdit}
          />
        ))}
        <ul className="cluster-canvas__free">
          {placed.map(({ cardId, at }) => {
            const card = cardMap.get(cardId);
            return card ? (
              <BoardCardItem
                key={cardId}
                card={card}
                tone={toneOf(card.column, columns)}
                clusterId={null}
                at={shown.get(cardBoxId(cardId)) ?? at}
                measureRef={measure(cardBoxId(cardId))}
                area="canvas"
                canEdit={canEdit}
              />
            ) : null;
          })}
        </ul>
        <DragGhosts cards={cardMap} />
      </div>
    </div>
  );
}
