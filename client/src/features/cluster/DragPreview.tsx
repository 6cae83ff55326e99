import type { Column } from '@hindsight/shared';
import type { BoardCard } from '../../state/boardCards.ts';
import { useClusters } from '../../state/useClusters.ts';
import { CardTile } from './CardTile.tsx';
import { toneOf } from './columnTone.ts';
import type { DragData } from './dragModel.ts';

/** What follows the pointer while dragging: the card, or a cluster's name and size. */
export function DragPreview({
  data,
  cards,
  columns,
}: {
  data: DragData;
  cards: ReadonlyMap<string, BoardCard>;
  columns: readonly Column[];
}) {
  const clusters = useClusters();
  if (data.source.kind === 'card') {
    const card = cards.get(data.source.cardId);
    if (!card) return null;
    return (
      <div
        className={`card card--revealed cluster-card cluster-card--lifted tone--${toneOf(card.column, columns)}`}
      >
        <CardTile card={card} />
      </div>
    );
  }
  const { clusterId } = data.source;
  const size = clusters.find((c) => c.id === clusterId)?.cardIds.length ?? 0;
  return (
    <div className="cluster cluster--lifted">
      <p className="cluster__lifted-name">{data.label}</p>
      <p className="cluster__lifted-count">
        {size} {size === 1 ? 'card' : 'cards'}
      </p>
    </div>
  );
}
