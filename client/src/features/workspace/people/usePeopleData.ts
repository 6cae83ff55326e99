import type { InvitationList, PeopleList } from '@hindsight/shared';
import { useFetched } from '../../../lib/useFetched.ts';
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

/** Everyone and the open invitations, fetched together, on `reload()` and when shown again. */
export function usePeopleData(): PeopleData {
  const { data, error, signedOut, reload } = useFetched(
    (signal) =>
      Promise.all([fetchPeople(signal), fetchInvitations(signal)]).then(
        ([people, invitations]) => ({ people: people.people, invitations }),
      ),
    'people',
    { whenShown: true },
  );
  return {
    people: data?.people ?? null,
    invitations: data?.invitations ?? null,
    error,
    signedOut,
    reload,
  };
}
