import { useCanEdit } from '../../state/useCanEdit.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { PeopleList } from '../actions/PeopleList.tsx';
import { OwnerNames } from './OwnerNames.tsx';
import { Responsibilities } from './Responsibilities.tsx';
import { ActionOwnersSummary } from './ActionOwnersSummary.tsx';
import '../discuss/pm.css';
import './owner.css';

/**
 * Owner: the team agrees on the postmortem owner(s), one to three people who chase the
 * actions until the follow-up review closes the incident, and on what that involves.
 */
export function OwnerView() {
  const canEdit = useCanEdit();
  const owner = usePostmortem((s) => s.owner);
  return (
    <div className="owner-phase" data-testid="owner-view">
      <PeopleList />
      <OwnerNames names={owner.names} readOnly={!canEdit} />
      <Responsibilities list={owner.responsibilities} readOnly={!canEdit} />
      <ActionOwnersSummary />
    </div>
  );
}
