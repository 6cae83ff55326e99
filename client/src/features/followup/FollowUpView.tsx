import { usePostmortem } from '../../state/usePostmortem.ts';
import { useCanEdit } from '../../state/useCanEdit.ts';
import { FollowUpForm } from './FollowUpForm.tsx';
import { FollowUpSummary } from './FollowUpSummary.tsx';
import '../discuss/pm.css';
import './followup.css';

/**
 * Follow-up: the team schedules the review that checks the actions, and anyone downloads
 * the calendar invite. The incident stays open until every action is resolved.
 */
export function FollowUpView() {
  const followUp = usePostmortem((s) => s.followUp);
  const canEdit = useCanEdit();
  return (
    <div className="followup-phase" data-testid="followup-view">
      <FollowUpSummary followUp={followUp} />
      {canEdit && <FollowUpForm key={JSON.stringify(followUp)} followUp={followUp} />}
    </div>
  );
}
