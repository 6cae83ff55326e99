import type { Card } from '@hindsight/shared';
import { useRef, useState } from 'react';
import { showToast } from '../../state/toastStore.ts';
import { useBoardCommands } from '../../state/useBoardCommands.ts';
import { CardEditor } from './CardEditor.tsx';

/** A post-it. Writers edit it in place (double-click or Edit) and delete it (with undo). */
export function CardItem({ card, canEdit }: { card: Card; canEdit: boolean }) {
  const commands = useBoardCommands();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  function stopEditing() {
    setEditing(false);
    // Give keyboard users their place back once the editor has gone.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function remove() {
    if (!commands.deleteCard(card.id)) return;
    showToast({
      message: 'Card deleted',
      action: { label: 'Undo', run: () => commands.undoDelete(card.id) },
    });
  }

  if (editing && canEdit) {
    return (
      <article className="card card--editing" data-testid="card">
        <CardEditor card={card} onDone={stopEditing} />
      </article>
    );
  }
  return (
    <article
      className="card"
      data-testid="card"
      onDoubleClick={canEdit ? () => setEditing(true) : undefined}
    >
      <p className="card__text">{card.text}</p>
      {canEdit && (
        <div className="card__actions">
          <button
            ref={editButton}
            type="button"
            className="icon-button"
            aria-label="Edit card"
            title="Edit"
            onClick={() => setEditing(true)}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M13.6 3.4a2 2 0 0 1 2.8 2.8l-9 9-3.6.8.8-3.6z" />
            </svg>
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label="Delete card"
            title="Delete"
            onClick={remove}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M4 6h12M8 6V4h4v2M6 6l.7 10h6.6L14 6" />
            </svg>
          </button>
        </div>
      )}
    </article>
  );
}
