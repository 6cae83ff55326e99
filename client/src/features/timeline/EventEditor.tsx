import type { TextChange, TimelineEvent } from '@hindsight/shared';
import { useCallback, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useProseField } from '../../lib/useProseField.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { EventFields } from './EventFields.tsx';
import { checkEventDraft, draftFromEvent, type EventDraftErrors } from './eventDraft.ts';

interface Props {
  readonly event: TimelineEvent;
  readonly timeZone: string;
  readonly onDone: () => void;
}

/**
 * Edits one event in place. What happened is the event's shared text, edited as it is
 * typed, so two people correcting the same event both keep their words; a blank text is
 * refused in the field and never stored. The time, kind and source are saved with Enter
 * and dropped with Escape: they stay here until then, so a remote change to them does not
 * overwrite what is being typed.
 */
export function EventEditor({ event, timeZone, onDone }: Props) {
  const commands = useIncidentCommands();
  const [draft, setDraft] = useState(() => draftFromEvent(event, timeZone));
  const [errors, setErrors] = useState<EventDraftErrors>({});
  const editText = useCallback(
    (change: TextChange) => {
      commands.editEvent(event.id, { text: change });
    },
    [commands, event.id],
  );
  const text = useProseField<HTMLInputElement>(event.text, editText);

  function save(e?: FormEvent) {
    e?.preventDefault();
    const checked = checkEventDraft({ ...draft, text: text.value }, timeZone);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    const { at, kind, source } = checked.event;
    commands.editEvent(event.id, { at, kind, source });
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
        prose={text}
      />
      <div className="tl-editor__actions">
        <span className="tl-hint">
          What happened is saved as you type · Enter saves the time, kind and source · Escape
          cancels them
        </span>
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
