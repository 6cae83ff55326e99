import { useCanEdit } from '../../state/useCanEdit.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { usePostmortemFacilitation } from '../../state/usePostmortemFacilitation.ts';
import { PeopleList } from '../actions/PeopleList.tsx';
import { OwnerNames } from './OwnerNames.tsx';
import { Responsibilities } from './Responsibilities.tsx';
import { ActionOwnersSummary } from './ActionOwnersSummary.tsx';
import '../discuss/pm.css';
import './owner.css';

/**
 * Owner: the team agrees on the postmortem owner(s), one to three people who chase the
 * actions until the follow-up review closes the incident, and on what that involves.
 * The facilitator records what the team agreed; everyone else sees it as it is written.
 */
export function OwnerView() {
  const canEdit = useCanEdit();
  const records = usePostmortemFacilitation() !== null && canEdit;
  const owner = usePostmortem((s) => s.owner);
  return (
    <div className="owner-phase" data-testid="owner-view">
      <PeopleList />
      {!records && (
        <p className="pm-muted owner-phase__who">
          Agree on the owners together; the facilitator records them here.
        </p>
      )}
      <OwnerNames names={owner.names} readOnly={!records} />
      <Responsibilities list={owner.responsibilities} readOnly={!records} />
      <ActionOwnersSummary />
    </div>
  );
}
