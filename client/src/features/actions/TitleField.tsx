import type { ActionItemView, TextChange } from '@hindsight/shared';
import { useCallback, useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { useProseField } from '../../lib/useProseField.ts';

/**
 * The action's title, bound to its shared text: every keystroke is sent as it is typed
 * and others' words appear as they arrive, so two people rewording the same action both
 * keep theirs. A blank title is refused with the reason and stays in the field, never
 * stored; Escape puts the stored title back.
 */
export function TitleField({ action, readOnly }: { action: ActionItemView; readOnly: boolean }) {
  const commands = usePostmortemCommands();
  const id = useId();
  const edit = useCallback(
    (change: TextChange) => {
      commands.editAction(action.id, { title: change });
    },
    [commands, action.id],
  );
  const title = useProseField<HTMLInputElement>(action.title, edit);
  if (readOnly) {
    return (
      <h4 className="action-card__title" data-testid="action-title">
        {action.title}
      </h4>
    );
  }
  return (
    <div className="action-card__title-field">
      <label htmlFor={id} className="sr-only">
        Action title
      </label>
      <input
        id={id}
        className="input action-card__title-input"
        {...title.field}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
          else if (e.key === 'Escape' && title.error !== null) {
            e.preventDefault();
            title.revert();
          }
        }}
        aria-invalid={title.error !== null}
        aria-describedby={title.error ? `${id}-error` : undefined}
        data-testid="action-title"
      />
      <FieldError id={`${id}-error`} message={title.error ?? undefined} />
    </div>
  );
}
