import type { InvitationList, PeopleList } from '@hindsight/shared';
import { useCallback, useEffect, useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { fetchInvitations, fetchPeople } from './peopleApi.ts';

export interface PeopleData {
  readonly people: PeopleList['people'] | null;
  readonly invitations: InvitationList | null;
  readonly error: string | null;
  /** The session ended (signed out elsewhere, deactivated): the server answered 401. */
  readonly signedOut: boolean;
  /** Asks the server again, after a change. */
  reload(): void;
}

/** Everyone and the open invitations, fetched together and again on `reload()`. */
export function usePeopleData(): PeopleData {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<Omit<PeopleData, 'reload'>>({
    people: null,
    invitations: null,
    error: null,
    signedOut: false,
  });
  const reload = useCallback(() => setTick((t) => t + 1), []);
  // Back on the tab: look again, so a page whose session ended meanwhile says so.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  useEffect(() => {
    const controller = new AbortController();
    Promise.all([fetchPeople(controller.signal), fetchInvitations(controller.signal)]).then(
      ([people, invitations]) =>
        setState({ people: people.people, invitations, error: null, signedOut: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const signedOut = error instanceof ApiRequestError && error.status === 401;
        setState((s) => ({
          ...s,
          signedOut,
          error: error instanceof Error ? error.message : String(error),
        }));
      },
    );
    return () => controller.abort();
  }, [tick]);
  return { ...state, reload };
}
