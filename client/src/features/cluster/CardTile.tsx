import { memo } from 'react';
import type { BoardCard } from '../../state/boardCards.ts';

/**
 * What a card shows on the clustering board: the brainstorm's post-it (its text, the
 * author on named-card boards, a quiet "Yours" for the viewer's own), without its
 * editing buttons. The colour comes from the enclosing `tone--*` class.
 */
export const CardTile = memo(function CardTile({ card }: { card: BoardCard }) {
  const mine = card.own !== null;
  return (
    <>
      <p className="card__text">{card.text}</p>
      {(card.author !== undefined || mine) && (
        <p className="card__meta">
          {card.author !== undefined && (
            <span className="card__author">
              <span className="sr-only">Written by </span>
              {card.author}
            </span>
          )}
          {mine && (
            <span className="card__mine" title="You wrote this card. Only you see this mark.">
              Yours
            </span>
          )}
        </p>
      )}
    </>
  );
});
