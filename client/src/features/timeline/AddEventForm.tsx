import { useId, useState, type FormEvent } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { EventFields } from './EventFields.tsx';
import { toLocalInput } from './zonedInput.ts';
import { blankDraft, checkEventDraft, newEventInput, type EventDraftErrors } from './eventDraft.ts';

interface Props {
  readonly timeZone: string;
  /** Where a new event's time starts: after the last event, or the incident's start. */
  readonly suggestedAt: number | null;
}

/** Adds an event to the timeline. After adding, the time and kind stay for the next one. */
export function AddEventForm({ timeZone, suggestedAt }: Props) {
  const commands = useIncidentCommands();
  const [typed, setDraft] = useState(() => blankDraft(null, timeZone));
  // Until a time is typed, the suggestion shows (it may arrive after the first render).
  const draft =
    typed.time === '' && suggestedAt !== null
      ? { ...typed, time: toLocalInput(suggestedAt, timeZone) }
      : typed;
  const [errors, setErrors] = useState<EventDraftErrors>({});
  const headingId = useId();

  function add(e: FormEvent) {
    e.preventDefault();
    const checked = checkEventDraft(draft, timeZone);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    commands.addEvent(newEventInput(checked.event));
    setDraft({ ...draft, text: '', source: '' });
    setErrors({});
  }

  return (
    <form className="tl-add" onSubmit={add} noValidate aria-labelledby={headingId}>
      <h4 id={headingId} className="tl-add__title">
        Add an event
      </h4>
      <EventFields
        draft={draft}
        errors={errors}
        onChange={(next) => {
          setDraft(next);
          setErrors({});
        }}
        timeZone={timeZone}
      />
      <div className="tl-add__actions">
        <button type="submit" className="button button--primary button--small">
          Add event
        </button>
      </div>
    </form>
  );
}
