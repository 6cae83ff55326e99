import { useCanEdit } from '../../state/useCanEdit.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { PeopleList } from '../actions/PeopleList.tsx';
import { DocumentFindings } from '../findings/DocumentFindings.tsx';
import { FollowUpSummary } from '../followup/FollowUpSummary.tsx';
import '../discuss/pm.css';
import '../actions/actions.css';
import '../followup/followup.css';
import { FollowUpActions } from './FollowUpActions.tsx';
import { PostmortemStatusControl } from './PostmortemStatusControl.tsx';
import './after.css';

/**
 * After the session: the follow-up review. The actions with their owner, due date and
 * status, overdue ones marked and everything editable; the postmortem status, which
 * closes only once every action is resolved (done, or a won't do that was accepted). Shown when the session is finished, and from
 * the "Follow-up" tab at any time.
 */
export function AfterView() {
  const canEdit = useCanEdit();
  const owners = usePostmortem((s) => s.owner.names);
  const followUp = usePostmortem((s) => s.followUp);
  return (
    <div className="after" data-testid="after-view">
      <PeopleList />
      <header className="after__head">
        <div>
          <h2 className="after__title">Follow-up review</h2>
          <p className="pm-muted" data-testid="after-owners">
            {owners.length > 0
              ? `Postmortem owner${owners.length === 1 ? '' : 's'}: ${owners.join(', ')}`
              : 'No postmortem owner agreed yet.'}
          </p>
        </div>
        <PostmortemStatusControl readOnly={!canEdit} />
      </header>
      <FollowUpSummary followUp={followUp} />
      <FollowUpActions readOnly={!canEdit} />
      <DocumentFindings />
    </div>
  );
}
