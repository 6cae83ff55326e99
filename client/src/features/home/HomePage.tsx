import { useEffect } from 'react';
import { loadSession, useSession } from '../../lib/session.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { LibraryHome } from '../library/LibraryHome.tsx';
import { NotSetUp } from '../workspace/setup/NotSetUp.tsx';
import { SignInForm } from '../workspace/signin/SignInForm.tsx';
import { HomeShell } from './HomeShell.tsx';

/** `/`: the workspace's page — set it up, sign in, then start a postmortem. */
export function HomePage() {
  const session = useSession();
  useEffect(() => {
    document.title = 'Hindsight · postmortem retrospectives';
    void loadSession();
  }, []);

  switch (session.kind) {
    case 'loading':
      return null;
    case 'needs-setup':
      return <NotSetUp />;
    case 'unreachable':
      return (
        <FullPageMessage title="The workspace cannot be reached" homeLink={false}>
          <p>{session.message}</p>
        </FullPageMessage>
      );
    case 'signed-out':
      return (
        <HomeShell>
          <SignInForm />
        </HomeShell>
      );
    case 'signed-in':
      return <LibraryHome person={session.person} />;
  }
}
