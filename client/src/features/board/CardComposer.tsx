import { CARD_TEXT_MAX, CARDS_PER_COLUMN_MAX, NewCardSchema, type Column } from '@hindsight/shared';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { draftKeys } from '../../state/draftStore.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { useBrainstormCommands } from '../../state/useBrainstormCommands.ts';
import { useDraft } from '../../state/useDraft.ts';
import { useOwnCardCount } from '../../state/useOwnCardCount.ts';
import { CharCount } from '../../ui/CharCount.tsx';

/** Say how many cards are left in a column from this many on. */
const CARDS_LEFT_FROM = 3;

/**
 * The box at the foot of a column. Enter adds the card (to this person's private doc),
 * Shift+Enter adds a line. What is typed and not yet added lives in the draft store: it
 * survives phase changes, view switches, reconnects and reloads. While the brainstorm is
 * hidden, typing here tells the others *that* this person is writing, never what.
 */
export function CardComposer({ column }: { column: Column }) {
  const commands = useBrainstormCommands();
  const boardId = useBoard((s) => s.boardId);
  const revealed = useBrainstorm((s) => s.revealed);
  const cardsHere = useOwnCardCount(column.id);
  const [stored, keepDraft, clearDraft] = useDraft(draftKeys.composer(boardId, column.id));
  const draft = stored ?? '';
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const countId = useId();
  const noteId = useId();
  const full = cardsHere >= CARDS_PER_COLUMN_MAX;
  const left = CARDS_PER_COLUMN_MAX - cardsHere;

  if (!commands) return null;

  function change(text: string) {
    if (text) keepDraft(text);
    else clearDraft();
    if (error) setError(null);
    if (text.trim() && !revealed) commands?.noteTyping();
    else commands?.stopTyping();
  }

  function add(event?: FormEvent) {
    event?.preventDefault();
    if (full || !commands) return;
    const parsed = NewCardSchema.safeParse({ text: draft, column: column.id });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the text');
      return;
    }
    commands.addCard(parsed.data);
    clearDraft();
    setError(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
    }
  }

  let note: string | null = null;
  if (full)
    note = `You have ${CARDS_PER_COLUMN_MAX} cards here, the most one person can add to a column. Edit or delete one to add another.`;
  else if (left <= CARDS_LEFT_FROM)
    note = `${left} more ${left === 1 ? 'card' : 'cards'} possible in this column.`;

  const describedBy = [countId, note ? noteId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <form className={`composer${full ? ' composer--full' : ''}`} onSubmit={add} noValidate>
      <textarea
        className="composer__input"
        aria-label={`New card in ${column.title}`}
        placeholder={full ? 'This column is full for you' : column.prompt}
        value={draft}
        disabled={full}
        onChange={(e) => change(e.target.value)}
        onBlur={() => commands.stopTyping()}
        onKeyDown={onKeyDown}
        rows={2}
        aria-invalid={error !== null}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {note && (
        <p id={noteId} className={`composer__note${full ? ' is-full' : ''}`} role="status">
          {note}
        </p>
      )}
      <div className="composer__footer">
        <span className="composer__hint">Enter to add · Shift+Enter for a new line</span>
        <CharCount id={countId} text={draft} max={CARD_TEXT_MAX} />
        <button type="submit" className="button button--primary button--small" disabled={full}>
          Add card
        </button>
      </div>
    </form>
  );
}
