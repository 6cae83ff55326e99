import type { Column } from '@hindsight/shared';
import { useId } from 'react';
import { useCanEdit } from '../../state/useCanEdit.ts';
import { useColumnCards } from '../../state/useColumnCards.ts';
import { CardComposer } from './CardComposer.tsx';
import { CardItem } from './CardItem.tsx';

/** Lane colours, in template column order: went well, went wrong, lucky, then spares. */
const TONES = ['green', 'coral', 'amber', 'blue', 'violet'] as const;

/** One column: its question, its cards, and (for writers) the box to add one. */
export function ColumnLane({ column, tone }: { column: Column; tone: number }) {
  const cards = useColumnCards(column.id);
  const canEdit = useCanEdit();
  const headingId = useId();

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
        <span className="lane__count" aria-label={`${cards.length} cards`}>
          {cards.length}
        </span>
      </header>
      <p className="lane__prompt">{column.prompt}</p>
      {cards.length === 0 ? (
        <p className="lane__empty">{canEdit ? 'No cards yet. Be the first.' : 'No cards yet.'}</p>
      ) : (
        <ul className="lane__cards" aria-labelledby={headingId}>
          {cards.map((card) => (
            <li key={card.id}>
              <CardItem card={card} canEdit={canEdit} />
            </li>
          ))}
        </ul>
      )}
      {canEdit && <CardComposer column={column} />}
    </section>
  );
}
