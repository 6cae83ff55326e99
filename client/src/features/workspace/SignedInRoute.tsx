import type { PersonInfo } from '@hindsight/shared';
import { useEffect, type ReactNode } from 'react';
import { loadSession, useSession } from '../../lib/session.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { SignedOut } from './people/SignedOut.tsx';

interface Props {
  /** What cannot be opened when the server is unreachable, e.g. "The People page". */
  readonly what: string;
  /** The page for the signed-in person. */
  children(person: PersonInfo): ReactNode;
}

/** A page for signed-in people: the others are told they were signed out. */
export function SignedInRoute({ what, children }: Props) {
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
      return children(session.person);
  }
}
