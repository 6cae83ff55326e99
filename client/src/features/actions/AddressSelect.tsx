import type { ActionItemView } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { addressLabel, addressValue, type AddressOption } from './addresses.ts';

interface Props {
  readonly action: ActionItemView;
  readonly options: readonly AddressOption[];
  readonly readOnly: boolean;
}

/** The cluster, or its root cause, that the action addresses. */
export function AddressSelect({ action, options, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  const value = addressValue(action);
  const known = options.some((o) => o.value === value);
  return (
    <div className="action-field action-field--addresses">
      <label htmlFor={id} className="field-label">
        Addresses
      </label>
      {readOnly ? (
        <p id={id} className="action-field__value">
          {addressLabel(action, options) ?? 'Nothing in particular'}
        </p>
      ) : (
        <select
          id={id}
          className="input pm-input-s"
          value={known ? value : `${action.clusterId ?? ''}:`}
          onChange={(e) => {
            const option = options.find((o) => o.value === e.target.value);
            commands.editAction(action.id, {
              clusterId: option?.clusterId ?? null,
              rootCauseId: option?.rootCauseId ?? null,
            });
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
