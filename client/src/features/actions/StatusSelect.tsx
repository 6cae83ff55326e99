import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';

export const STATUS_LABELS: Readonly<Record<ActionItemStatus, string>> = {
  open: 'Open',
  'in progress': 'In progress',
  done: 'Done',
};

interface Props {
  readonly actionId: string;
  readonly status: ActionItemStatus;
  readonly readOnly: boolean;
  /** Says which action, for a table where the column heading is the only visible label. */
  readonly label?: string;
}

/** Open, in progress, done. */
export function StatusSelect({ actionId, status, readOnly, label = 'Status' }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  return (
    <div className="action-field action-field--status">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {readOnly ? (
        <p id={id} className={`status-chip status-chip--${status.replace(' ', '-')}`}>
          {STATUS_LABELS[status]}
        </p>
      ) : (
        <select
          id={id}
          className={`input pm-input-s status-select status-select--${status.replace(' ', '-')}`}
          value={status}
          onChange={(e) => commands.setActionStatus(actionId, e.target.value as ActionItemStatus)}
        >
          {ACTION_ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
