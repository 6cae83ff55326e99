import { ACTION_TYPES, type ActionItemView, type ActionType } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';

interface Props {
  readonly action: ActionItemView;
  readonly readOnly: boolean;
}

/** What each type means, as the picker names it. */
export const ACTION_TYPE_LABELS: Readonly<Record<ActionType, string>> = {
  mitigate: 'Mitigate: lessen the impact',
  prevent: 'Prevent: stop a repeat',
  detect: 'Detect: find it sooner',
  process: 'Process: change how we work',
};

/** The action's type: mitigate, prevent, detect or process. */
export function ActionTypeSelect({ action, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  return (
    <div className="action-field action-field--type">
      <label htmlFor={id} className="field-label">
        Type
      </label>
      {readOnly ? (
        <p id={id} className="action-field__value">
          {action.type ? ACTION_TYPE_LABELS[action.type] : 'Not set'}
        </p>
      ) : (
        <select
          id={id}
          className="input pm-input-s"
          value={action.type ?? ''}
          onChange={(e) => {
            const type = ACTION_TYPES.find((t) => t === e.target.value) ?? null;
            commands.editAction(action.id, { type });
          }}
        >
          <option value="">Not set</option>
          {ACTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {ACTION_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
