import { SignedInRoute } from '../SignedInRoute.tsx';
import { PeoplePage } from './PeoplePage.tsx';

const ADMINS_ONLY = {
  title: 'Only admins manage people',
  message: 'Ask an admin of the workspace to invite someone or to change a role.',
};

/** `/people`: the People page for a signed-in admin; others are told what they need. */
export function PeopleRoute() {
  return (
    <SignedInRoute what="The People page" adminsOnly={ADMINS_ONLY}>
      {(person) => <PeoplePage selfId={person.id} />}
    </SignedInRoute>
  );
}
