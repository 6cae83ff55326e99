import type { Column } from '@hindsight/shared';
import { useId } from 'react';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { useCanWriteCards } from '../../state/useCanWriteCards.ts';
import { useColumnBoardCards } from '../../state/useColumnBoardCards.ts';
import { CardComposer } from './CardComposer.tsx';
import { CardItem } from './CardItem.tsx';

/** Lane colours, in template column order: went well, went wrong, lucky, then spares. */
const TONES = ['green', 'coral', 'amber', 'blue', 'violet'] as const;

/**
 * One column: its question, its cards, and (for writers) the box to add one. Before the
 * reveal the cards are this person's own, which nobody else has; after it, everyone's.
 */
export function ColumnLane({ column, tone }: { column: Column; tone: number }) {
  const cards = useColumnBoardCards(column.id);
  const revealed = useBrainstorm((s) => s.revealed);
  const canWrite = useCanWriteCards();
  const headingId = useId();
  const count = `${cards.length} ${cards.length === 1 ? 'card' : 'cards'}${revealed ? '' : ' of yours'}`;

  let empty: string;
  if (revealed) empty = 'No cards in this column.';
  else if (canWrite) empty = 'Only you see your cards here until the reveal.';
  else empty = 'Cards stay hidden until the reveal.';

  return (
    <section
      className={`lane lane--${TONES[tone % TONES.length]}`}
      aria-label={column.title}
      data-testid={`column-${column.id}`}
    >
      <header className="lane__header">
        <h2 id={headingId} className="lane__title">
          {column.title}
        </h2>
        <span className="lane__count" aria-label={count} title={count}>
          {cards.length}
        </span>
      </header>
      <p className="lane__prompt">{column.prompt}</p>
      {cards.length === 0 ? (
        <p className="lane__empty">{empty}</p>
      ) : (
        <ul className="lane__cards" aria-labelledby={headingId}>
          {cards.map((card) => (
            <li key={card.key}>
              <CardItem card={card} canEdit={canWrite} />
            </li>
          ))}
        </ul>
      )}
      {canWrite && <CardComposer column={column} />}
    </section>
  );
}
