import type { SurveyNote } from '@hindsight/shared';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';

interface Props {
  readonly notes: readonly SurveyNote[];
  /** Which notes this person may remove: the facilitator any (spam, duplicates), an invitee their own. */
  readonly canRemove: (note: SurveyNote) => boolean;
  /** Told after a note was removed. */
  readonly onRemoved?: (noteId: string) => void;
}

/** The survey's notes, oldest first. */
export function SurveyNotesList({ notes, canRemove, onRemoved }: Props) {
  const commands = useIncidentCommands();
  if (notes.length === 0) return <p className="survey-notes__empty">No notes yet.</p>;
  return (
    <ul className="survey-notes" data-testid="survey-notes">
      {notes.map((note) => (
        <li key={note.id} className="survey-notes__item">
          <p className="survey-notes__text">{note.text}</p>
          <p className="survey-notes__meta">
            {note.author ?? 'Anonymous'} ·{' '}
            {new Date(note.createdAt).toLocaleString(undefined, {
              dateStyle: 'medium',
              timeStyle: 'short',
            })}
            {canRemove(note) && (
              <button
                type="button"
                className="link-button survey-notes__remove"
                aria-label={`Remove the note “${note.text.slice(0, 40)}”`}
                onClick={() => {
                  if (commands.deleteSurveyNote(note.id)) onRemoved?.(note.id);
                }}
              >
                Remove
              </button>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
