import { may, type PersonInfo } from '@hindsight/shared';
import { Link } from 'wouter';
import { Logo } from '../../ui/Logo.tsx';
import { NewBoardForm } from '../home/NewBoardForm.tsx';
import { AccountMenu } from '../workspace/account/AccountMenu.tsx';
import { BoardList } from '../workspace/boards/BoardList.tsx';
import { LibraryPage } from './LibraryPage.tsx';

/**
 * The signed-in workspace's home: the library of every postmortem as the main view, and
 * beside it what starts or joins a meeting — New postmortem and the boards to open.
 */
export function LibraryHome({ person }: { person: PersonInfo }) {
  return (
    <div className="ws-home">
      <header className="home__header ws-home__header">
        <Logo />
        <nav aria-label="Workspace" className="ledger-nav">
          <Link href="/actions" className="button button--ghost button--small">
            Actions
          </Link>
        </nav>
        <AccountMenu person={person} />
      </header>
      <main className="ws-home__main">
        <LibraryPage />
        <aside className="ws-home__side" aria-label="Meetings">
          {may({ kind: 'person', role: person.role }, 'boards.create') && <NewBoardForm />}
          <BoardList person={person} />
        </aside>
      </main>
    </div>
  );
}
