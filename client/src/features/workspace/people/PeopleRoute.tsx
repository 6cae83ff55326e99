import { useEffect } from 'react';
import { loadSession, useSession } from '../../../lib/session.ts';
import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import { PeoplePage } from './PeoplePage.tsx';
import { SignedOut } from './SignedOut.tsx';

/** `/people`: the People page for a signed-in admin; others are told what they need. */
export function PeopleRoute() {
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
        <FullPageMessage title="The People page cannot be opened now">
          <p>{session.message}</p>
        </FullPageMessage>
      );
    case 'signed-in':
      if (session.person.role !== 'admin')
        return (
          <FullPageMessage title="Only admins manage people" tone="neutral">
            <p>Ask an admin of the workspace to invite someone or to change a role.</p>
          </FullPageMessage>
        );
      return <PeoplePage selfId={session.person.id} />;
  }
}
