import type { SurveyNote } from '@hindsight/shared';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';

interface Props {
  readonly notes: readonly SurveyNote[];
  /** The facilitator may remove notes (spam, duplicates). */
  readonly canRemove: boolean;
}

/** The survey's notes, oldest first. */
export function SurveyNotesList({ notes, canRemove }: Props) {
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
            {canRemove && (
              <button
                type="button"
                className="link-button survey-notes__remove"
                onClick={() => commands.deleteSurveyNote(note.id)}
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
