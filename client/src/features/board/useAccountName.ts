import { useEffect } from 'react';
import { loadSession, useSession } from '../../lib/session.ts';
import { identityStore, setDisplayName } from '../../state/identityStore.ts';

/** Longest display name in presence. */
const MAX_NAME = 40;

/**
 * A signed-in person's board shows their account name: it becomes the display name, so
 * they are not asked for one. The server shows that name to the others whatever the page
 * sends; this keeps the page's own view the same.
 */
export function useAccountName(): void {
  const session = useSession();
  useEffect(() => {
    if (session.kind === 'loading') void loadSession();
  }, [session.kind]);
  const name = session.kind === 'signed-in' ? session.person.name.slice(0, MAX_NAME).trim() : null;
  useEffect(() => {
    if (name && identityStore.getState().name !== name) setDisplayName(name);
  }, [name]);
}
