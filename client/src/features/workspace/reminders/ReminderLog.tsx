import type { ReminderLogEntry } from '@hindsight/shared';
import { logLine } from './remindersText.ts';

/** The newest sends, each attempt and skip on a line. */
export function ReminderLog({
  entries,
  onRefresh,
}: {
  entries: readonly ReminderLogEntry[] | null;
  onRefresh(): void;
}) {
  return (
    <>
      <button type="button" className="button button--ghost button--small" onClick={onRefresh}>
        Refresh
      </button>
      {entries?.length === 0 && <p className="people-page__hint">Nothing sent yet.</p>}
      <ul className="people-list" aria-label="Reminder log">
        {entries?.map((e, i) => (
          <li key={`${e.key}-${e.attempt}-${i}`} className="people-list__row">
            <span>{logLine(e)}</span>{' '}
            <time className="people-page__hint" dateTime={e.at}>
              {new Date(e.at).toLocaleString()}
            </time>
          </li>
        ))}
      </ul>
    </>
  );
}
