import { useFetched } from '../../../lib/useFetched.ts';
import { AdminPageFrame } from '../AdminPageFrame.tsx';
import { AddChannelForm } from './AddChannelForm.tsx';
import { ChannelRow } from './ChannelRow.tsx';
import { ReminderLog } from './ReminderLog.tsx';
import { ReminderSettingsForm } from './ReminderSettingsForm.tsx';
import { fetchReminderLog, fetchReminderSettings } from './remindersApi.ts';

/**
 * `/reminders` (admins): when owners are reminded (days before due, the zone days are
 * judged in, on or off), the team channels that get them too, and every send's outcome.
 */
export function RemindersPage() {
  const settings = useFetched(fetchReminderSettings, 'reminder-settings', { whenShown: true });
  const log = useFetched(fetchReminderLog, 'reminder-log', { whenShown: true });
  const reload = () => {
    settings.reload();
    log.reload();
  };
  const data = settings.data;

  return (
    <AdminPageFrame
      title="Reminders"
      error={settings.error ?? log.error}
      signedOut={settings.signedOut || log.signedOut}
    >
      {data === null && !settings.error && (
        <p className="people-page__hint" role="status">
          Loading…
        </p>
      )}
      {data && (
        <>
          <section aria-labelledby="reminder-settings-title" className="people-page__section">
            <h2 id="reminder-settings-title">When owners are reminded</h2>
            {!data.mailConfigured && (
              <p className="people-page__hint">
                Mail is not set up (SMTP_URL): owners get no reminder by mail, channels still do.
              </p>
            )}
            <ReminderSettingsForm settings={data.settings} onSaved={reload} />
          </section>
          <section aria-labelledby="channels-title" className="people-page__section">
            <h2 id="channels-title">Team channels</h2>
            {data.channels.length === 0 && <p className="people-page__hint">No channel yet.</p>}
            <ul className="people-list">
              {data.channels.map((channel) => (
                <ChannelRow key={channel.id} channel={channel} onChanged={reload} />
              ))}
            </ul>
            <AddChannelForm onAdded={reload} />
          </section>
        </>
      )}
      <section aria-labelledby="reminder-log-title" className="people-page__section">
        <h2 id="reminder-log-title">Sent lately</h2>
        <ReminderLog entries={log.data?.entries ?? null} onRefresh={log.reload} />
      </section>
    </AdminPageFrame>
  );
}
