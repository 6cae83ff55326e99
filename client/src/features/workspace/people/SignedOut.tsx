import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';

/** What a page says once its session ended: signed out elsewhere, or deactivated. */
export function SignedOut() {
  return (
    <FullPageMessage title="You were signed out" tone="neutral">
      <p>Your session ended. Sign in again to continue.</p>
    </FullPageMessage>
  );
}
