import type { ActionItemView } from '@hindsight/shared';
import { useId } from 'react';
import { useIdentity } from '../../state/useIdentity.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { useSyncedText } from '../../lib/useSyncedText.ts';
import { isOwner } from '@hindsight/shared';
import { PEOPLE_LIST_ID } from './PeopleList.tsx';

interface Props {
  readonly action: ActionItemView;
  readonly readOnly: boolean;
}

/**
 * Who does it: pick someone on the board or type any name. Saved on Enter or when the
 * field is left (changing the owner withdraws the old owner's confirmation). The person
 * whose name it is sees "I own this"; once they click it, everyone sees it confirmed.
 */
export function OwnerField({ action, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const { name } = useIdentity();
  const id = useId();
  const owner = useSyncedText<HTMLInputElement>(action.owner ?? '', (text) =>
    commands.editAction(action.id, { owner: text }),
  );
  const mine = isOwner(action.owner, name);

  return (
    <div className="action-field action-field--owner">
      <label htmlFor={id} className="field-label">
        Owner
      </label>
      {readOnly ? (
        <p id={id} className="action-field__value">
          {action.owner ?? 'Nobody yet'}
        </p>
      ) : (
        <input
          id={id}
          className="input pm-input-s"
          list={PEOPLE_LIST_ID}
          {...owner.field}
          placeholder="Pick or type a name"
          autoComplete="off"
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              owner.commit();
            } else if (e.key === 'Escape') owner.revert();
          }}
          aria-invalid={owner.error !== null}
          aria-describedby={owner.error ? `${id}-error` : undefined}
        />
      )}
      <FieldError id={`${id}-error`} message={owner.error ?? undefined} />
      {action.owner &&
        (action.ownerConfirmed ? (
          <span className="owner-confirmed" data-testid="owner-confirmed">
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M5 10.5l3.2 3.2L15 7" />
            </svg>
            {action.owner} owns this
          </span>
        ) : mine && !readOnly ? (
          <button
            type="button"
            className="button button--small button--primary owner-confirm"
            onClick={() => commands.confirmOwner(action.id)}
          >
            I own this
          </button>
        ) : (
          <span className="owner-pending">Waiting for {action.owner} to confirm</span>
        ))}
    </div>
  );
}
