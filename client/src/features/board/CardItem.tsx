import { useRef } from 'react';
import type { BoardCard } from '../../state/boardCards.ts';
import { draftKeys } from '../../state/draftStore.ts';
import { showToast } from '../../state/toastStore.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useBrainstormCommands } from '../../state/useBrainstormCommands.ts';
import { useDraft } from '../../state/useDraft.ts';
import { CardEditor } from './CardEditor.tsx';

/**
 * A post-it. Its author edits it in place (double-click or Edit) and deletes it (with
 * undo), before and after the reveal: the change goes to their private doc, and the server
 * mirrors it. A card is being edited while it has a draft, so an edit in progress
 * outlives a phase change, a view switch or a reload.
 *
 * After the reveal the viewer's own cards carry a quiet "Yours"; that match is made in
 * this browser and goes nowhere else.
 */
export function CardItem({ card, canEdit }: { card: BoardCard; canEdit: boolean }) {
  const commands = useBrainstormCommands();
  const boardId = useBoard((s) => s.boardId);
  const own = card.own;
  const [draft, setDraft, clearDraft] = useDraft(draftKeys.card(boardId, own?.id ?? card.key));
  const editable = canEdit && own !== null && commands !== null;
  const editing = editable && draft !== undefined;
  const editButton = useRef<HTMLButtonElement>(null);

  function startEditing() {
    if (own) setDraft(own.text);
  }

  function stopEditing() {
    clearDraft();
    // Give keyboard users their place back once the editor has gone.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function remove() {
    if (!own || !commands?.deleteCard(own.id)) return;
    showToast({
      message: card.state === 'private' ? 'Card deleted' : 'Card withdrawn',
      action: { label: 'Undo', run: () => commands.undoDelete(own.id) },
    });
  }

  const mine = own !== null && card.state !== 'private';
  const className = `card card--${card.state}${mine ? ' card--mine' : ''}`;

  if (editing && own) {
    return (
      <article className={`${className} card--editing`} data-testid="card">
        <CardEditor card={own} onDone={stopEditing} />
      </article>
    );
  }
  return (
    <article
      className={className}
      data-testid="card"
      data-state={card.state}
      data-mine={mine ? 'true' : undefined}
      onDoubleClick={editable ? startEditing : undefined}
    >
      <p className="card__text">{card.text}</p>
      {(card.author !== undefined || mine || card.state === 'pending') && (
        <p className="card__meta">
          {card.author !== undefined && (
            <span className="card__author" data-testid="card-author">
              <span className="sr-only">Written by </span>
              {card.author}
            </span>
          )}
          {mine && (
            <span className="card__mine" title="You wrote this card. Only you see this mark.">
              {card.state === 'pending' ? 'Yours · not shown yet' : 'Yours'}
            </span>
          )}
        </p>
      )}
      {editable && (
        <div className="card__actions">
          <button
            ref={editButton}
            type="button"
            className="icon-button"
            aria-label="Edit card"
            title="Edit"
            onClick={startEditing}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M13.6 3.4a2 2 0 0 1 2.8 2.8l-9 9-3.6.8.8-3.6z" />
            </svg>
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label="Delete card"
            title={card.state === 'private' ? 'Delete' : 'Withdraw: take it off the board'}
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
