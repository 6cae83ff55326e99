import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import { SignedInRoute } from '../SignedInRoute.tsx';
import { PeoplePage } from './PeoplePage.tsx';

/** `/people`: the People page for a signed-in admin; others are told what they need. */
export function PeopleRoute() {
  return (
    <SignedInRoute what="The People page">
      {(person) =>
        person.role === 'admin' ? (
          <PeoplePage selfId={person.id} />
        ) : (
          <FullPageMessage title="Only admins manage people" tone="neutral">
            <p>Ask an admin of the workspace to invite someone or to change a role.</p>
          </FullPageMessage>
        )
      }
    </SignedInRoute>
  );
}
