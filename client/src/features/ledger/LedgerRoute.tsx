import { SignedInRoute } from '../workspace/SignedInRoute.tsx';
import { LedgerPage } from './LedgerPage.tsx';

/** `/actions`: the action ledger, for anyone signed in. */
export function LedgerRoute() {
  return (
    <SignedInRoute what="The action ledger">
      {(person) => <LedgerPage person={person} />}
    </SignedInRoute>
  );
}
