import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';

/** What every workspace page shows until the owner is created. */
export function NotSetUp() {
  return (
    <FullPageMessage title="This workspace is not set up yet" tone="neutral" homeLink={false}>
      <p>Open the setup link printed by the server.</p>
    </FullPageMessage>
  );
}
