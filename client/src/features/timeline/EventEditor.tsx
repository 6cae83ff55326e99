import type { TimelineEvent } from '@hindsight/shared';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { EventFields } from './EventFields.tsx';
import { checkEventDraft, draftFromEvent, type EventDraftErrors } from './eventDraft.ts';

interface Props {
  readonly event: TimelineEvent;
  readonly timeZone: string;
  readonly onDone: () => void;
}

/**
 * Edits one event in place. Enter saves, Escape cancels. What is typed stays here until
 * saved, so a remote change to the event does not overwrite it.
 */
export function EventEditor({ event, timeZone, onDone }: Props) {
  const commands = useIncidentCommands();
  const [draft, setDraft] = useState(() => draftFromEvent(event, timeZone));
  const [errors, setErrors] = useState<EventDraftErrors>({});

  function save(e?: FormEvent) {
    e?.preventDefault();
    const checked = checkEventDraft(draft, timeZone);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    commands.editEvent(event.id, checked.event);
    onDone();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone();
    }
  }

  return (
    <form
      className="tl-editor"
      onSubmit={save}
      onKeyDown={onKeyDown}
      noValidate
      aria-label="Edit event"
    >
      <EventFields
        draft={draft}
        errors={errors}
        onChange={(next) => {
          setDraft(next);
          setErrors({});
        }}
        timeZone={timeZone}
        autoFocus
      />
      <div className="tl-editor__actions">
        <span className="tl-hint">Enter to save · Escape to cancel</span>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary button--small">
          Save
        </button>
      </div>
    </form>
  );
}
