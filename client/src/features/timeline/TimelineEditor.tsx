import type { Incident, TimelineEvent } from '@hindsight/shared';
import { useRef, useState } from 'react';
import { showToast } from '../../state/toastStore.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { AddEventForm } from './AddEventForm.tsx';
import { EventEditor } from './EventEditor.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { TimelineTable } from './TimelineTable.tsx';
import { UndoImportButton } from './UndoImportButton.tsx';

interface Props {
  readonly incident: Incident;
  readonly events: readonly TimelineEvent[];
}

/**
 * The timeline for people who write it: every event editable in place and deletable
 * (with undo), a form to add one, and the import. Changes reach everyone live; the
 * order is always by time.
 */
export function TimelineEditor({ incident, events }: Props) {
  const commands = useIncidentCommands();
  const [editing, setEditing] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const zone = incident.timeZone;
  const last = events.at(-1);
  const suggestedAt = last ? last.at + 60_000 : incident.startedAt;

  function stopEditing(id: string) {
    setEditing(null);
    // Give keyboard users their place back once the editor has gone.
    requestAnimationFrame(() =>
      rootRef.current?.querySelector<HTMLButtonElement>(`[data-edit="${id}"]`)?.focus(),
    );
  }

  function remove(event: TimelineEvent) {
    if (!commands.deleteEvent(event.id)) return;
    showToast({
      message: 'Event deleted',
      action: { label: 'Undo', run: () => commands.undoDeleteEvent(event.id) },
    });
  }

  return (
    <div className="tl-editor-panel" ref={rootRef}>
      <div className="tl-toolbar">
        <button
          type="button"
          className="button button--small"
          onClick={() => setImporting(true)}
          aria-haspopup="dialog"
        >
          Import events…
        </button>
        <UndoImportButton />
      </div>
      <TimelineTable
        events={events}
        timeZone={zone}
        actions={(event) => (
          <>
            <button
              type="button"
              className="icon-button"
              aria-label={`Edit event: ${event.text}`}
              data-edit={event.id}
              title="Edit"
              onClick={() => setEditing(event.id)}
            >
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path d="M13.6 3.4a2 2 0 0 1 2.8 2.8l-9 9-3.6.8.8-3.6z" />
              </svg>
            </button>
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Delete event: ${event.text}`}
              title="Delete"
              onClick={() => remove(event)}
            >
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path d="M4 6h12M8 6V4h4v2M6 6l.7 10h6.6L14 6" />
              </svg>
            </button>
          </>
        )}
        replace={(event) =>
          editing === event.id ? (
            <EventEditor event={event} timeZone={zone} onDone={() => stopEditing(event.id)} />
          ) : null
        }
      />
      <AddEventForm timeZone={zone} suggestedAt={suggestedAt} />
      {importing && (
        <ImportDialog onClose={() => setImporting(false)} incident={incident} events={events} />
      )}
    </div>
  );
}
