import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Point } from '@hindsight/shared';
import { memo, useCallback, type CSSProperties } from 'react';
import type { BoardCard } from '../../state/boardCards.ts';
import { useClusterCommands } from '../../state/useClusterCommands.ts';
import { useClusterState } from '../../state/useClusterState.ts';
import { CardTile } from './CardTile.tsx';
import type { Tone } from './columnTone.ts';
import { cardLabel, dndId, type BoardArea, type DragData, type DropData } from './dragModel.ts';

interface Props {
  readonly card: BoardCard;
  readonly tone: Tone;
  /** The cluster it is in, or null. */
  readonly clusterId: string | null;
  /** Where it is drawn on the canvas when it is free and placed; null in the tray or a cluster. */
  readonly at: Point | null;
  /** Told this browser's height of a placed card (`useMeasuredHeights`). */
  readonly measureRef?: (node: HTMLElement | null) => void;
  readonly area: BoardArea;
  readonly canEdit: boolean;
}

interface DropProps {
  /** The card as a drop target (free cards only). */
  readonly drop?: Pick<ReturnType<typeof useDroppable>, 'setNodeRef' | 'isOver'>;
}

/**
 * One revealed card on the clustering board: draggable (mouse, finger, keyboard), with a
 * box to tick it for Group and Move to cluster…. Dimmed while it is dragged, here or by
 * someone else. A free card is a drop target too (a card dropped on it starts a
 * cluster); a card in a cluster is not: its cluster is, so a drag over a big board
 * has half the targets to test and re-render.
 */
export const BoardCardItem = memo(function BoardCardItem(props: Props) {
  return props.clusterId === null ? <DroppableCard {...props} /> : <CardItem {...props} />;
});

function DroppableCard(props: Props) {
  const { card, clusterId, at, area, canEdit } = props;
  const dropData: DropData = {
    target: { kind: 'card', cardId: card.key, clusterId, ...(at ? { at } : {}) },
    label: cardLabel(card.text),
    area,
  };
  const drop = useDroppable({ id: dndId.card(card.key), data: dropData, disabled: !canEdit });
  return <CardItem {...props} drop={drop} />;
}

function CardItem({ card, tone, clusterId, at, measureRef, canEdit, drop }: Props & DropProps) {
  const cardId = card.key;
  const label = cardLabel(card.text);
  const commands = useClusterCommands();
  const selected = useClusterState((s) => s.selected.includes(cardId));
  const remote = useClusterState((s) => s.drags.some((d) => d.cardId === cardId));
  const dragData: DragData = { source: { kind: 'card', cardId, clusterId }, label };
  const {
    setNodeRef: draggableNode,
    attributes,
    listeners,
    isDragging,
  } = useDraggable({ id: dndId.card(cardId), data: dragData, disabled: !canEdit });

  const setDropRef = drop?.setNodeRef;
  const setRef = useCallback(
    (node: HTMLElement | null) => {
      setDropRef?.(node);
      measureRef?.(node);
    },
    [setDropRef, measureRef],
  );
  const style: CSSProperties | undefined = at ? { left: at.x, top: at.y } : undefined;
  const className = [
    'cluster-slot',
    at ? 'cluster-slot--placed' : '',
    drop?.isOver && !isDragging ? 'cluster-slot--over' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      ref={setRef}
      className={className}
      style={style}
      data-testid="cluster-card"
      data-card-id={cardId}
      data-cluster-id={clusterId ?? undefined}
    >
      <div
        ref={draggableNode}
        {...(canEdit
          ? {
              ...attributes,
              ...listeners,
              'aria-roledescription': 'draggable card',
              'aria-label': `Card: ${card.text}`,
            }
          : {})}
        className={`card card--revealed cluster-card tone--${tone}${
          isDragging || remote ? ' cluster-card--moving' : ''
        }${selected ? ' cluster-card--selected' : ''}`}
      >
        <CardTile card={card} />
      </div>
      {canEdit && (
        <input
          type="checkbox"
          className="cluster-card__select"
          aria-label={`Select ${label}`}
          checked={selected}
          onChange={() => commands.toggleSelected(cardId)}
        />
      )}
    </li>
  );
}
