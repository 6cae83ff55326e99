import type { PersonInfo } from '@hindsight/shared';
import { useEffect, type ReactNode } from 'react';
import { loadSession, useSession } from '../../lib/session.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { SignedOut } from './people/SignedOut.tsx';

interface Props {
  /** What cannot be opened when the server is unreachable, e.g. "The People page". */
  readonly what: string;
  /** For admins only: what the others are told instead (a title and a sentence). */
  readonly adminsOnly?: { readonly title: string; readonly message: string };
  /** The page for the signed-in person. */
  children(person: PersonInfo): ReactNode;
}

/** A page for signed-in people (or admins): the others are told why they cannot open it. */
export function SignedInRoute({ what, adminsOnly, children }: Props) {
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
        <FullPageMessage title={`${what} cannot be opened now`}>
          <p>{session.message}</p>
        </FullPageMessage>
      );
    case 'signed-in':
      if (adminsOnly && session.person.role !== 'admin') {
        return (
          <FullPageMessage title={adminsOnly.title} tone="neutral">
            <p>{adminsOnly.message}</p>
          </FullPageMessage>
        );
      }
      return children(session.person);
  }
}
