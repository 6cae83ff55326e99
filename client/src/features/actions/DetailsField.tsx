import type { ActionItemView, TextChange } from '@hindsight/shared';
import { useCallback, useId } from 'react';
import { useProseField } from '../../lib/useProseField.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';

/**
 * The action's details, bound to their shared text like the title: every keystroke is
 * sent as it is typed and others' words appear as they arrive, so two people writing the
 * same details both keep theirs, deletions included. Emptied details are none; details
 * too long are refused with the reason and stay in the field, and Escape puts the stored
 * details back.
 */
export function DetailsField({ action, readOnly }: { action: ActionItemView; readOnly: boolean }) {
  const commands = usePostmortemCommands();
  const id = useId();
  const edit = useCallback(
    (change: TextChange) => {
      commands.editAction(action.id, { details: change });
    },
    [commands, action.id],
  );
  const details = useProseField<HTMLTextAreaElement>(action.details ?? '', edit);
  if (readOnly) {
    return action.details ? (
      <p className="action-card__details" data-testid="action-details">
        {action.details}
      </p>
    ) : null;
  }
  return (
    <div className="action-field action-card__details-field">
      <label htmlFor={id} className="field-label">
        Details
      </label>
      <textarea
        id={id}
        className="textarea action-card__details-input"
        rows={2}
        {...details.field}
        placeholder="Why, and what the owner needs to know"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && details.error !== null) {
            e.preventDefault();
            details.revert();
          }
        }}
        aria-invalid={details.error !== null}
        aria-describedby={details.error ? `${id}-error` : undefined}
        data-testid="action-details"
      />
      <FieldError id={`${id}-error`} message={details.error ?? undefined} />
    </div>
  );
}
