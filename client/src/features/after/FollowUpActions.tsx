import { isOverdue, todayIn } from '@hindsight/shared';
import { useMemo } from 'react';
import { useActionItems } from '../../state/useActionItems.ts';
import { useDiscussionClusters } from '../../state/useDiscussionClusters.ts';
import { useIncident } from '../../state/useIncident.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { useServerNow } from '../../state/useServerNow.ts';
import { addressLabel, addressOptions } from '../actions/addresses.ts';
import { FollowUpActionRow } from './FollowUpActionRow.tsx';

/** The actions as the review goes through them: owner, due date, status, ticket. */
export function FollowUpActions({ readOnly }: { readOnly: boolean }) {
  const actions = useActionItems();
  const { timeZone } = useIncident();
  const now = useServerNow();
  const today = todayIn(timeZone, now);
  const clusters = useDiscussionClusters();
  const discussions = usePostmortem((s) => s.discussions);
  const options = useMemo(() => addressOptions(clusters, discussions), [clusters, discussions]);
  const done = actions.filter((a) => a.status === 'done').length;
  const overdue = actions.filter((a) => isOverdue(a, today)).length;

  return (
    <section className="after-actions" aria-labelledby="after-actions-title">
      <div className="after-actions__head">
        <h3 id="after-actions-title" className="pm-section-title">
          Actions
        </h3>
        <p className="pm-muted" data-testid="after-progress">
          {done} of {actions.length} done
          {overdue > 0 && <span className="after-actions__overdue"> · {overdue} overdue</span>}
        </p>
        <span className="meter after-actions__meter" aria-hidden="true">
          <span
            className="meter__fill"
            style={{ transform: `scaleX(${actions.length ? done / actions.length : 0})` }}
          />
        </span>
      </div>
      {actions.length === 0 ? (
        <p className="pm-empty">No actions were agreed.</p>
      ) : (
        <ol className="after-actions__list">
          {actions.map((action) => (
            <FollowUpActionRow
              key={action.id}
              action={action}
              today={today}
              addresses={addressLabel(action, options)}
              readOnly={readOnly}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
