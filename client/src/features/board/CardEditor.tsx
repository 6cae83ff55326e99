import { CARD_TEXT_MAX, CardTextSchema, type Card } from '@hindsight/shared';
import { useId, useState, type KeyboardEvent } from 'react';
import { draftKeys } from '../../state/draftStore.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useBrainstormCommands } from '../../state/useBrainstormCommands.ts';
import { useDraft } from '../../state/useDraft.ts';
import { CharCount } from '../../ui/CharCount.tsx';

/**
 * Edits one of this person's cards in place (in their private doc; after the reveal the
 * server mirrors the new text). Enter saves, Shift+Enter adds a line, Escape cancels.
 * The text being edited is a draft in the draft store (keyed by board and card): a
 * change from this person's other tab does not overwrite what they are typing, and a
 * phase change or a reload does not lose it.
 */
export function CardEditor({ card, onDone }: { card: Card; onDone: () => void }) {
  const commands = useBrainstormCommands();
  const boardId = useBoard((s) => s.boardId);
  const [stored, setDraft] = useDraft(draftKeys.card(boardId, card.id));
  const draft = stored ?? card.text;
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const countId = useId();

  function save() {
    const parsed = CardTextSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the text');
      return;
    }
    if (parsed.data !== card.text) commands?.editCard(card.id, parsed.data);
    onDone();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    }
  }

  return (
    <div className="card-editor">
      <textarea
        className="card-editor__input"
        aria-label="Edit card text"
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        rows={3}
        autoFocus
        onFocus={(e) =>
          e.currentTarget.setSelectionRange(
            e.currentTarget.value.length,
            e.currentTarget.value.length,
          )
        }
        aria-invalid={error !== null}
        aria-describedby={`${countId}${error ? ` ${errorId}` : ''}`}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="card-editor__footer">
        <CharCount id={countId} text={draft} max={CARD_TEXT_MAX} />
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
        <button type="button" className="button button--primary button--small" onClick={save}>
          Save
        </button>
      </div>
    </div>
  );
}
