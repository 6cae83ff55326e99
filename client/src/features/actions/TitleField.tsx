import type { ActionItemView } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { useSyncedText } from '../discuss/useSyncedText.ts';

/** The action's title, edited in place; a blank title is refused with the reason. */
export function TitleField({ action, readOnly }: { action: ActionItemView; readOnly: boolean }) {
  const commands = usePostmortemCommands();
  const id = useId();
  const title = useSyncedText<HTMLInputElement>(action.title, (text) =>
    commands.editAction(action.id, { title: text }),
  );
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
          if (e.key === 'Enter') {
            e.preventDefault();
            title.commit();
          } else if (e.key === 'Escape') title.revert();
        }}
        aria-invalid={title.error !== null}
        aria-describedby={title.error ? `${id}-error` : undefined}
        data-testid="action-title"
      />
      <FieldError id={`${id}-error`} message={title.error ?? undefined} />
    </div>
  );
}
