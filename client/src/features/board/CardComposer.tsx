import { CARD_TEXT_MAX, NewCardSchema, type Column } from '@hindsight/shared';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useBoardCommands } from '../../state/useBoardCommands.ts';
import { useSessionDraft } from '../../state/useSessionDraft.ts';
import { CharCount } from '../../ui/CharCount.tsx';

/**
 * The box at the foot of a column. Enter adds the card, Shift+Enter adds a line. What is
 * typed and not yet added survives re-renders and reloads (session draft).
 */
export function CardComposer({ column }: { column: Column }) {
  const commands = useBoardCommands();
  const boardId = useBoard((s) => s.boardId);
  const [draft, setDraft] = useSessionDraft(`hindsight:draft:${boardId}:${column.id}`);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const countId = useId();

  function add(event?: FormEvent) {
    event?.preventDefault();
    const parsed = NewCardSchema.safeParse({ text: draft, column: column.id });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the text');
      return;
    }
    commands.addCard(parsed.data);
    setDraft('');
    setError(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
    }
  }

  return (
    <form className="composer" onSubmit={add} noValidate>
      <textarea
        className="composer__input"
        aria-label={`New card in ${column.title}`}
        placeholder={column.prompt}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        rows={2}
        aria-invalid={error !== null}
        aria-describedby={`${countId}${error ? ` ${errorId}` : ''}`}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="composer__footer">
        <span className="composer__hint">Enter to add · Shift+Enter for a new line</span>
        <CharCount id={countId} text={draft} max={CARD_TEXT_MAX} />
        <button type="submit" className="button button--primary button--small">
          Add card
        </button>
      </div>
    </form>
  );
}
