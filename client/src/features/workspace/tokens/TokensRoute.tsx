import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import { SignedInRoute } from '../SignedInRoute.tsx';
import { TokensPage } from './TokensPage.tsx';

/** `/tokens`: the API tokens page for a signed-in admin; others are told it is for admins. */
export function TokensRoute() {
  return (
    <SignedInRoute what="The API tokens page">
      {(person) =>
        person.role === 'admin' ? (
          <TokensPage />
        ) : (
          <FullPageMessage title="Only admins manage API tokens" tone="neutral">
            <p>Ask an admin of the workspace for a token for your script or integration.</p>
          </FullPageMessage>
        )
      }
    </SignedInRoute>
  );
}
