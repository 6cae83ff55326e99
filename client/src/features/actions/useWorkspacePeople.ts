import { PeopleNamesSchema, type NamedPerson } from '@hindsight/shared';
import { request } from '../../lib/http.ts';
import { useSession } from '../../lib/session.ts';
import { useFetched } from '../../lib/useFetched.ts';

const NOBODY: readonly NamedPerson[] = [];

/**
 * The workspace's people an owner may be chosen from (`GET /api/people/names`), for a
 * signed-in person; none for a guest on a board link, who types names instead.
 */
export function useWorkspacePeople(): { people: readonly NamedPerson[]; canChoose: boolean } {
  const session = useSession();
  const signedIn = session.kind === 'signed-in';
  const fetched = useFetched(
    (signal) =>
      request('/api/people/names', { cache: 'no-store', signal }, PeopleNamesSchema).then(
        (body) => body.people,
      ),
    signedIn ? 'people' : null,
  );
  return { people: (signedIn && fetched.data) || NOBODY, canChoose: signedIn };
}
