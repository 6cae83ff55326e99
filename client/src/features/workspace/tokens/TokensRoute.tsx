import { SignedInRoute } from '../SignedInRoute.tsx';
import { TokensPage } from './TokensPage.tsx';

const ADMINS_ONLY = {
  title: 'Only admins manage API tokens',
  message: 'Ask an admin of the workspace for a token for your script or integration.',
};

/** `/tokens`: the API tokens page for a signed-in admin; others are told it is for admins. */
export function TokensRoute() {
  return (
    <SignedInRoute what="The API tokens page" adminsOnly={ADMINS_ONLY}>
      {() => <TokensPage />}
    </SignedInRoute>
  );
}
