import { Link } from 'wouter';
import { useFetched } from '../../../lib/useFetched.ts';
import { AdminPageFrame } from '../AdminPageFrame.tsx';
import { fetchReminderSettings } from '../reminders/remindersApi.ts';
import { ActionPolicyForm } from './ActionPolicyForm.tsx';
import { fetchActionSettings } from './actionPolicyApi.ts';

/**
 * `/action-policy` (admins): the due date a new action gets per severity, and whether a
 * postmortem whose actions are all resolved closes by itself or is offered for closing.
 * When owners are reminded is on the Reminders page, said here with a link.
 */
export function ActionPolicyPage() {
  const settings = useFetched(fetchActionSettings, 'action-settings', { whenShown: true });
  const reminders = useFetched(fetchReminderSettings, 'reminder-settings', { whenShown: true });
  const daysBefore = reminders.data?.settings.daysBefore;

  return (
    <AdminPageFrame
      title="Action policy"
      error={settings.error}
      signedOut={settings.signedOut || reminders.signedOut}
    >
      {settings.data === null && !settings.error && (
        <p className="people-page__hint" role="status">
          Loading…
        </p>
      )}
      {settings.data && (
        <section aria-labelledby="action-policy-title" className="people-page__section">
          <h2 id="action-policy-title">Due dates and closing</h2>
          <ActionPolicyForm settings={settings.data} onSaved={settings.reload} />
        </section>
      )}
      <section aria-labelledby="action-reminders-title" className="people-page__section">
        <h2 id="action-reminders-title">Reminders</h2>
        <p className="people-page__hint" data-testid="policy-reminders">
          {daysBefore === undefined
            ? 'Owners are reminded before an action is due, on its due date and weekly when overdue.'
            : daysBefore === 0
              ? 'Owners get no reminder ahead of the due date; they are reminded on it and weekly when overdue.'
              : `Owners are reminded ${daysBefore === 1 ? '1 day' : `${daysBefore} days`} before an action is due, on its due date and weekly when overdue.`}{' '}
          <Link href="/reminders">Change when owners are reminded</Link>
        </p>
      </section>
    </AdminPageFrame>
  );
}
