import { ReminderSettingsSchema, type ReminderSettings } from '@hindsight/shared';
import { useId, useState } from 'react';
import { FieldError } from '../../../ui/FieldError.tsx';
import { Field } from '../Field.tsx';
import { useSubmit } from '../useSubmit.ts';
import { saveReminderSettings } from './remindersApi.ts';

/** On or off, days before due, and the time zone a due date's day is judged in. */
export function ReminderSettingsForm({
  settings,
  onSaved,
}: {
  settings: ReminderSettings;
  onSaved(): void;
}) {
  const [enabled, setEnabled] = useState(settings.enabled);
  const [days, setDays] = useState(String(settings.daysBefore));
  const [zone, setZone] = useState(settings.timeZone);
  const [invalid, setInvalid] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const enabledId = useId();
  const errorId = useId();
  const { error, busy, submit } = useSubmit(async () => {
    setSaved(false);
    const parsed = ReminderSettingsSchema.safeParse({
      enabled,
      daysBefore: days.trim() === '' ? NaN : Number(days),
      timeZone: zone,
    });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message);
    setInvalid(undefined);
    await saveReminderSettings(parsed.data);
    setSaved(true);
    onSaved();
  });
  const message = invalid ?? error ?? undefined;

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-label="Reminder settings">
      <div className="invite-form__fields">
        <div>
          <input
            id={enabledId}
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
          />{' '}
          <label htmlFor={enabledId}>Send reminders</label>
        </div>
        <div>
          <Field
            label="Days before due"
            value={days}
            onChange={setDays}
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={message !== undefined}
            aria-describedby={message ? errorId : undefined}
          />
        </div>
        <div>
          <Field label="Time zone" value={zone} onChange={setZone} autoComplete="off" />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
      <FieldError id={errorId} message={message} />
      {saved && (
        <p className="people-page__hint" role="status">
          Saved.
        </p>
      )}
      <p className="people-page__hint">
        Owners are reminded that many days before an action is due (0 for none), on the due date,
        and each Monday of what is overdue, judged in this time zone.
      </p>
    </form>
  );
}
