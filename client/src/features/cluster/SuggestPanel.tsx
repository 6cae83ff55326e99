import type { Column } from '@hindsight/shared';
import type { BoardCard } from '../../state/boardCards.ts';
import { toneOf } from './columnTone.ts';
import type { Suggestion } from './suggestions.ts';

/**
 * The groups "Suggest groups" proposes, each with its label and cards, to accept (they
 * become a cluster named after the label) or dismiss. Only a proposal: nothing changes
 * on the board until someone accepts.
 */
export function SuggestPanel({
  suggestions,
  cards,
  columns,
  canEdit,
  onAccept,
  onDismiss,
  onClose,
}: {
  suggestions: readonly Suggestion[];
  cards: ReadonlyMap<string, BoardCard>;
  columns: readonly Column[];
  canEdit: boolean;
  onAccept: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => void;
  onClose: () => void;
}) {
  return (
    <section className="suggest" aria-labelledby="suggest-title" data-testid="suggestions">
      <header className="suggest__header">
        <h3 id="suggest-title" className="suggest__title">
          Suggested groups
        </h3>
        <p className="suggest__hint">
          From the words the free cards share. Nothing changes until you accept.
        </p>
        <button type="button" className="button button--small button--ghost" onClick={onClose}>
          Close
        </button>
      </header>
      {suggestions.length === 0 ? (
        <p className="suggest__empty" role="status">
          No groups to suggest: the free cards share no telling words.
        </p>
      ) : (
        <ul className="suggest__list">
          {suggestions.map((s) => (
            <li key={s.key} className="suggest__item" data-testid="suggestion">
              <div className="suggest__top">
                <strong className="suggest__label">{s.label}</strong>
                <span className="suggest__count">{s.cardIds.length} cards</span>
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={!canEdit}
                  aria-label={`Accept group “${s.label}”`}
                  onClick={() => onAccept(s)}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  aria-label={`Dismiss group “${s.label}”`}
                  onClick={() => onDismiss(s)}
                >
                  Dismiss
                </button>
              </div>
              <ul className="suggest__cards">
                {s.cardIds.map((id) => {
                  const card = cards.get(id);
                  return card ? (
                    <li key={id} className={`suggest__card tone--${toneOf(card.column, columns)}`}>
                      {card.text}
                    </li>
                  ) : null;
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
