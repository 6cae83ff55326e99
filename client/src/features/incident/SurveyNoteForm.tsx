import { SURVEY_NOTE_MAX, SurveyNoteTextSchema } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useDraft } from '../../state/useDraft.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { CharCount } from '../../ui/CharCount.tsx';
import { FieldError } from '../../ui/FieldError.tsx';

/** A note for the facilitator: what you saw, did or wonder about. Kept as a draft until sent. */
export function SurveyNoteForm({
  author,
  onSent,
}: {
  author: string | undefined;
  /** Told the new note's id, so this browser can offer to take it back. */
  onSent: (noteId: string) => void;
}) {
  const id = useId();
  const commands = useIncidentCommands();
  const boardId = useBoard((s) => s.boardId);
  const [stored, setDraft, clearDraft] = useDraft(`${boardId}/survey-note`);
  const text = stored ?? '';
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  function send(e: FormEvent) {
    e.preventDefault();
    const parsed = SurveyNoteTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the note');
      return;
    }
    onSent(commands.addSurveyNote({ text: parsed.data, author }));
    clearDraft();
    setError(null);
    setSent(true);
  }

  return (
    <form className="survey-note" onSubmit={send} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="survey__section-title">
        Add a note
      </h3>
      <label htmlFor={`${id}-text`} className="field-label">
        What did you see, do or wonder about during the incident?
      </label>
      <textarea
        id={`${id}-text`}
        className="input"
        rows={4}
        value={text}
        onChange={(e) => {
          if (e.target.value) setDraft(e.target.value);
          else clearDraft();
          setError(null);
          setSent(false);
        }}
        aria-invalid={error !== null}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
      />
      <FieldError id={`${id}-error`} message={error ?? undefined} />
      <div className="survey-note__footer">
        <CharCount id={`${id}-count`} text={text} max={SURVEY_NOTE_MAX} />
        <p role="status" className="survey-note__sent">
          {sent ? 'Thank you. The facilitator will read it before the meeting.' : ''}
        </p>
        <button type="submit" className="button button--primary button--small">
          Send note
        </button>
      </div>
    </form>
  );
}
