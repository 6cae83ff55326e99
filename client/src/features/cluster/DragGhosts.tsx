import type { BoardCard } from '../../state/boardCards.ts';
import { useRemoteDrags } from '../../state/useRemoteDrags.ts';
import { CARD_WIDTH } from './boardLayout.ts';

/**
 * Other people's drags in progress: a see-through copy of the card where their pointer
 * is, outlined in their colour with their name, ~20 updates a second (presence).
 */
export function DragGhosts({ cards }: { cards: ReadonlyMap<string, BoardCard> }) {
  const drags = useRemoteDrags();
  return (
    <>
      {drags.map((drag) => {
        const card = cards.get(drag.cardId);
        if (!card) return null;
        return (
          <div
            key={drag.clientId}
            className="drag-ghost"
            style={{
              transform: `translate(${drag.x}px, ${drag.y}px)`,
              width: CARD_WIDTH,
              ['--ghost' as string]: drag.color,
            }}
            aria-hidden="true"
            data-testid="drag-ghost"
            data-card-id={drag.cardId}
          >
            <span className="drag-ghost__name">{drag.name}</span>
            <p className="drag-ghost__text">{card.text}</p>
          </div>
        );
      })}
    </>
  );
}
