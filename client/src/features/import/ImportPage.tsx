import { useEffect } from 'react';
import { Link } from 'wouter';
import { may } from '@hindsight/shared';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { Logo } from '../../ui/Logo.tsx';
import { SignedInRoute } from '../workspace/SignedInRoute.tsx';
import { ImportForm } from './ImportForm.tsx';

/** `/import`: import a postmortem from its JSON export, for people who may create boards. */
export function ImportPage() {
  useEffect(() => {
    document.title = 'Import a postmortem · Hindsight';
  }, []);
  return (
    <SignedInRoute what="The import page">
      {(person) =>
        may({ kind: 'person', role: person.role }, 'boards.create') ? (
          <div className="home">
            <header className="home__header">
              <Logo />
            </header>
            <main className="home__main">
              <section className="home__intro" aria-labelledby="import-page-title">
                <h1 id="import-page-title">Import</h1>
                <p className="home__pitch">
                  Bring a postmortem from another Hindsight, or from a tool that writes its JSON
                  export.
                </p>
                <Link href="/">← Back to the workspace</Link>
              </section>
              <ImportForm />
            </main>
          </div>
        ) : (
          <FullPageMessage title="Only members import postmortems" tone="neutral">
            <p>Ask a member or an admin of the workspace to import it.</p>
          </FullPageMessage>
        )
      }
    </SignedInRoute>
  );
}
