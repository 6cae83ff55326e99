import { TRACKER_KINDS } from '@hindsight/shared';
import { useFetched } from '../../../lib/useFetched.ts';
import { AdminPageFrame } from '../AdminPageFrame.tsx';
import { TrackerForm } from './TrackerForm.tsx';
import { fetchConnections } from './trackersApi.ts';
import './trackers.css';

/**
 * `/trackers` (admins): connect GitHub, Jira and Linear for the workspace. A saved token
 * or secret is never shown again: the page says only whether one is set.
 */
export function TrackersPage() {
  const { data, error, signedOut, reload } = useFetched(fetchConnections, 'trackers', {
    whenShown: true,
  });
  return (
    <AdminPageFrame title="Issue trackers" error={error} signedOut={signedOut}>
      {data === null && !error && (
        <p className="people-page__hint" role="status">
          Loading…
        </p>
      )}
      {data &&
        TRACKER_KINDS.map((kind) => (
          <TrackerForm
            key={kind}
            kind={kind}
            stored={data.items.find((c) => c.kind === kind) ?? null}
            onSaved={reload}
          />
        ))}
    </AdminPageFrame>
  );
}
