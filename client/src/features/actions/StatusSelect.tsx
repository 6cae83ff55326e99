import {
  ACTION_ITEM_STATUSES,
  needsReason,
  type ActionItemStatus,
  type ActionItemView,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { usePostmortemFacilitation } from '../../state/usePostmortemFacilitation.ts';
import { ReasonForm } from './ReasonForm.tsx';

export const STATUS_LABELS: Readonly<Record<ActionItemStatus, string>> = {
  open: 'Open',
  'in progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  "won't do": "Won't do",
};

/** A status as a class name part: `in-progress`, `wont-do`. */
export function statusSlug(status: ActionItemStatus): string {
  return status.replace(/'/g, '').replace(/ /g, '-');
}

interface Props {
  readonly action: Pick<ActionItemView, 'id' | 'status' | 'reason' | 'accepted'>;
  readonly readOnly: boolean;
  /** Says which action, for a table where the column heading is the only visible label. */
  readonly label?: string;
}

/**
 * Every status. Blocked and won't do ask why before they are set (actions/status.ts);
 * the reason is shown under the status. A won't do counts as resolved once accepted:
 * the facilitator accepts it here, everyone else sees that it waits.
 */
export function StatusSelect({ action, readOnly, label = 'Status' }: Props) {
  const commands = usePostmortemCommands();
  const facilitation = usePostmortemFacilitation();
  const id = useId();
  const reasonId = useId();
  /** A status that needs a reason, chosen but not set until the reason is given. */
  const [asking, setAsking] = useState<ActionItemStatus | null>(null);
  const { status, reason } = action;
  const choose = (next: ActionItemStatus) => {
    if (needsReason(next)) setAsking(next);
    else {
      setAsking(null);
      commands.setActionStatus(action.id, next);
    }
  };
  const waiting = status === "won't do" && !action.accepted;
  return (
    <div className="action-field action-field--status">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {readOnly ? (
        <p id={id} className={`status-chip status-chip--${statusSlug(status)}`}>
          {STATUS_LABELS[status]}
        </p>
      ) : (
        <select
          id={id}
          className={`input pm-input-s status-select status-select--${statusSlug(asking ?? status)}`}
          value={asking ?? status}
          aria-describedby={reason ? reasonId : undefined}
          onChange={(e) => choose(e.target.value as ActionItemStatus)}
        >
          {ACTION_ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      )}
      {asking && !readOnly && (
        <ReasonForm
          status={asking}
          initial={asking === status ? (reason ?? '') : ''}
          onSave={(why) => {
            setAsking(null);
            commands.setActionStatus(action.id, { status: asking, reason: why });
          }}
          onCancel={() => setAsking(null)}
        />
      )}
      {reason && !asking && (
        <p id={reasonId} className="status-reason">
          {reason}
        </p>
      )}
      {status === "won't do" && !asking && (
        <p className="status-acceptance" data-testid="wont-do-acceptance">
          {waiting ? 'Not accepted yet' : 'Accepted'}
          {waiting && facilitation && reason && !readOnly && (
            <button
              type="button"
              className="button button--small button--primary status-accept"
              onClick={() => facilitation.acceptWontDo(action.id, reason)}
            >
              Accept won&rsquo;t do
            </button>
          )}
        </p>
      )}
    </div>
  );
}
