import { useEffect } from 'react';
import { loadSession, useSession } from '../../../lib/session.ts';
import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import { SignedOut } from '../people/SignedOut.tsx';
import { TokensPage } from './TokensPage.tsx';

/** `/tokens`: the API tokens page for a signed-in admin; others are told it is for admins. */
export function TokensRoute() {
  const session = useSession();
  useEffect(() => {
    void loadSession();
  }, []);

  switch (session.kind) {
    case 'loading':
      return null;
    case 'needs-setup':
    case 'signed-out':
      return <SignedOut />;
    case 'unreachable':
      return (
        <FullPageMessage title="The API tokens page cannot be opened now">
          <p>{session.message}</p>
        </FullPageMessage>
      );
    case 'signed-in':
      if (session.person.role !== 'admin')
        return (
          <FullPageMessage title="Only admins manage API tokens" tone="neutral">
            <p>Ask an admin of the workspace for a token for your script or integration.</p>
          </FullPageMessage>
        );
      return <TokensPage />;
  }
}
