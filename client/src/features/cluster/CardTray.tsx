import type { Column, FreeCard } from '@hindsight/shared';
import type { RefObject } from 'react';
import type { BoardCard } from '../../state/boardCards.ts';
import { BoardCardItem } from './BoardCardItem.tsx';
import { toneOf } from './columnTone.ts';

interface Props {
  /** Free cards nobody has placed yet, in column order. */
  readonly cards: readonly FreeCard[];
  readonly cardMap: ReadonlyMap<string, BoardCard>;
  readonly columns: readonly Column[];
  readonly canEdit: boolean;
  /** The tray's scrolling list (for hit tests). */
  readonly scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * The revealed cards not yet in a cluster nor placed on the canvas, grouped by column
 * (and coloured like it). It empties as the team clusters.
 */
export function CardTray({ cards, cardMap, columns, canEdit, scrollRef }: Props) {
  return (
    <section className="cluster-tray" aria-labelledby="cluster-tray-title">
      <h3 id="cluster-tray-title" className="cluster-tray__title">
        Not in a cluster <span className="cluster-tray__count">{cards.length}</span>
      </h3>
      <div ref={scrollRef} className="cluster-tray__scroll" data-testid="cluster-tray">
        {cards.length === 0 ? (
          <p className="cluster-tray__empty">Every card is on the board.</p>
        ) : (
          <ul className="cluster-tray__cards">
            {cards.map(({ cardId }) => {
              const card = cardMap.get(cardId);
              return card ? (
                <BoardCardItem
                  key={cardId}
                  card={card}
                  tone={toneOf(card.column, columns)}
                  clusterId={null}
                  at={null}
                  area="tray"
                  canEdit={canEdit}
                />
              ) : null;
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
