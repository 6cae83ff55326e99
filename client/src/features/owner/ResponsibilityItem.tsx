import type { TextChange } from '@hindsight/shared';
import { useCallback, useId } from 'react';
import { useProseField } from '../../lib/useProseField.ts';
import { usePostmortemFacilitation } from '../../state/usePostmortemFacilitation.ts';
import { FieldError } from '../../ui/FieldError.tsx';

interface Props {
  readonly index: number;
  readonly text: string;
  /** How many there are: the last one cannot be removed. */
  readonly count: number;
  readonly readOnly: boolean;
}

/**
 * One responsibility, bound to its shared text: every keystroke is sent as it is typed
 * and others' words appear as they arrive, so two people rewording it at once both keep
 * theirs. A blank one is refused with the reason and stays in the field, never stored;
 * Escape puts the stored text back.
 */
export function ResponsibilityItem({ index, text, count, readOnly }: Props) {
  const commands = usePostmortemFacilitation();
  const id = useId();
  const edit = useCallback(
    (change: TextChange) => {
      if (!commands) throw new Error('Only the facilitator edits the responsibilities.');
      commands.editResponsibility(index, change);
    },
    [commands, index],
  );
  const field = useProseField<HTMLInputElement>(text, edit);
  if (readOnly) return <li className="responsibilities__item">{text}</li>;
  return (
    <li className="responsibilities__item responsibilities__item--edit">
      <label htmlFor={id} className="sr-only">
        Responsibility {index + 1}
      </label>
      <input
        id={id}
        className="input pm-input-s"
        {...field.field}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
          else if (e.key === 'Escape' && field.error !== null) {
            e.preventDefault();
            field.revert();
          }
        }}
        aria-invalid={field.error !== null}
        aria-describedby={field.error ? `${id}-error` : undefined}
      />
      {count > 1 && (
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Remove responsibility ${index + 1}`}
          title="Remove"
          onClick={() => commands?.removeResponsibility(index)}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" />
          </svg>
        </button>
      )}
      <FieldError id={`${id}-error`} message={field.error ?? undefined} />
    </li>
  );
}
