import { useId, useState } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { problemOf } from '../../lib/problem.ts';

interface Props {
  readonly actionId: string;
  readonly due: string | undefined;
  readonly readOnly: boolean;
  /** Shown next to the date, e.g. "3 days overdue". */
  readonly note?: string | null;
  readonly label?: string;
}

/** The due date: a date picker, saved as soon as it holds a whole date (or is cleared). */
export function DueField({ actionId, due, readOnly, note, label = 'Due' }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="action-field action-field--due">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {readOnly ? (
        <p id={id} className="action-field__value">
          {due ?? 'No date'}
        </p>
      ) : (
        <input
          id={id}
          type="date"
          className="input pm-input-s"
          value={due ?? ''}
          onChange={(e) => {
            try {
              commands.editAction(actionId, { due: e.target.value });
              setError(null);
            } catch (err) {
              setError(problemOf(err));
            }
          }}
          aria-invalid={error !== null}
          aria-describedby={
            [note ? `${id}-note` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined
          }
        />
      )}
      {note && (
        <span id={`${id}-note`} className="action-field__note">
          {note}
        </span>
      )}
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}
