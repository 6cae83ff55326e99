import { ACTION_ITEM_STATUSES, needsReason, type ActionItemStatus } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';

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
  readonly actionId: string;
  readonly status: ActionItemStatus;
  /** Why it is blocked or won't be done, shown under the status. */
  readonly reason?: string | undefined;
  readonly readOnly: boolean;
  /** Says which action, for a table where the column heading is the only visible label. */
  readonly label?: string;
}

/**
 * Open, in progress, done. Blocked and won't do need a reason, given in the action
 * ledger; the board shows them, with the reason, when an action has one.
 */
export function StatusSelect({ actionId, status, reason, readOnly, label = 'Status' }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  const reasonId = useId();
  const offered = ACTION_ITEM_STATUSES.filter((s) => s === status || !needsReason(s));
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
          className={`input pm-input-s status-select status-select--${statusSlug(status)}`}
          value={status}
          aria-describedby={reason ? reasonId : undefined}
          onChange={(e) => commands.setActionStatus(actionId, e.target.value as ActionItemStatus)}
        >
          {offered.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      )}
      {reason && (
        <p id={reasonId} className="status-reason">
          {reason}
        </p>
      )}
    </div>
  );
}
