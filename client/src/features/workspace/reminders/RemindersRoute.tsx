import { SignedInRoute } from '../SignedInRoute.tsx';
import { RemindersPage } from './RemindersPage.tsx';

const ADMINS_ONLY = {
  title: 'Only admins set up reminders',
  message: 'You can mute your own reminders from your account menu.',
};

/** `/reminders`: the reminder settings, channels and log for a signed-in admin. */
export function RemindersRoute() {
  return (
    <SignedInRoute what="The reminders page" adminsOnly={ADMINS_ONLY}>
      {() => <RemindersPage />}
    </SignedInRoute>
  );
}
