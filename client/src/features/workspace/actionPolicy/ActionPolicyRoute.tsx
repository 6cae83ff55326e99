import { SignedInRoute } from '../SignedInRoute.tsx';
import { ActionPolicyPage } from './ActionPolicyPage.tsx';

const ADMINS_ONLY = {
  title: 'Only admins set the action policy',
  message:
    'The due dates new actions get and whether postmortems close by themselves are set by an admin. Ask one of them to change it.',
};

/** `/action-policy`: the workspace's action policy, for a signed-in admin. */
export function ActionPolicyRoute() {
  return (
    <SignedInRoute what="The action policy page" adminsOnly={ADMINS_ONLY}>
      {() => <ActionPolicyPage />}
    </SignedInRoute>
  );
}
