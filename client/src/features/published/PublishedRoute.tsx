import { SignedInRoute } from '../workspace/SignedInRoute.tsx';
import { PublishedPage } from './PublishedPage.tsx';

/** `/postmortems/:id` for signed-in people; the server decides who may read it. */
export function PublishedRoute({ boardId }: { boardId: string }) {
  return (
    <SignedInRoute what="This postmortem">
      {(person) => <PublishedPage boardId={boardId} person={person} />}
    </SignedInRoute>
  );
}
