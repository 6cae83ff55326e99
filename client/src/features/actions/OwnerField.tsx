import type { ActionItemView } from '@hindsight/shared';
import { useId } from 'react';
import { useIdentity } from '../../state/useIdentity.ts';
import { usePeopleNames } from '../../state/usePeopleNames.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { useSyncedText } from '../../lib/useSyncedText.ts';
import { isOwner } from '@hindsight/shared';
import { ownerOfText } from './ownerChoices.ts';
import { OwnerPicker } from './OwnerPicker.tsx';
import { OwnerReach } from './OwnerReach.tsx';
import { useWorkspacePeople } from './useWorkspacePeople.ts';

interface Props {
  readonly action: ActionItemView;
  readonly readOnly: boolean;
}

/**
 * Who does it: choose one of the workspace's people (a signed-in person sees them; they
 * are reminded), someone on the board, or type any name (nobody is reminded). Saved on
 * choosing, on Enter or when the field is left (changing the owner withdraws the old
 * owner's confirmation). The person whose name it is sees "I own this"; once they click
 * it, everyone sees it confirmed.
 */
export function OwnerField({ action, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const { name } = useIdentity();
  const id = useId();
  const { people, canChoose } = useWorkspacePeople();
  const boardNames = usePeopleNames();
  const stored = action.owner ?? '';
  const owner = useSyncedText<HTMLInputElement>(stored, (text) =>
    commands.editAction(action.id, ownerOfText(text, people)),
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
        <OwnerPicker
          id={id}
          inputRef={owner.field.ref}
          value={owner.value}
          unfiltered={stored}
          people={people}
          boardNames={boardNames}
          onChange={owner.field.onChange}
          onBlur={owner.field.onBlur}
          onEnter={owner.commit}
          onEscape={owner.revert}
          onPick={(choice) => {
            commands.editAction(action.id, { owner: choice.label, ownerPersonId: choice.personId });
            owner.revert();
          }}
          placeholder={canChoose ? 'Choose a person or type a name' : 'Pick or type a name'}
          invalid={owner.error !== null}
          describedBy={owner.error ? `${id}-error` : undefined}
        />
      )}
      <FieldError id={`${id}-error`} message={owner.error ?? undefined} />
      <OwnerReach
        owner={action.owner}
        ownerPersonId={action.ownerPersonId}
        canChoose={canChoose && !readOnly}
      />
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
