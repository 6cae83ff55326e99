import { useEffect } from 'react';
import { may } from '@hindsight/shared';
import { loadSession, useSession } from '../../lib/session.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { AccountMenu } from '../workspace/account/AccountMenu.tsx';
import { BoardList } from '../workspace/boards/BoardList.tsx';
import { NotSetUp } from '../workspace/setup/NotSetUp.tsx';
import { SignInForm } from '../workspace/signin/SignInForm.tsx';
import { HomeShell } from './HomeShell.tsx';
import { NewBoardForm } from './NewBoardForm.tsx';

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
      return (
        <HomeShell account={<AccountMenu person={session.person} />}>
          {may({ kind: 'person', role: session.person.role }, 'boards.create') && <NewBoardForm />}
          <BoardList person={session.person} />
        </HomeShell>
      );
  }
}
