import { SignedInRoute } from '../SignedInRoute.tsx';
import { TrackersPage } from './TrackersPage.tsx';

const ADMINS_ONLY = {
  title: 'Only admins connect issue trackers',
  message: 'Ask an admin of the workspace to connect GitHub, Jira or Linear.',
};

/** `/trackers`: the issue trackers' connections, for a signed-in admin. */
export function TrackersRoute() {
  return (
    <SignedInRoute what="The issue trackers page" adminsOnly={ADMINS_ONLY}>
      {() => <TrackersPage />}
    </SignedInRoute>
  );
}
