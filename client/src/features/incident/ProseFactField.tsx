import type { IncidentProseKey } from '@hindsight/shared';
import { useCallback, useId, type KeyboardEvent } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { useProseField } from '../../lib/useProseField.ts';

interface Props {
  /** `summary` or `impact.description`. */
  readonly field: IncidentProseKey;
  readonly label: string;
  /** The stored text, as typed. */
  readonly value: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}

/**
 * A prose fact (the summary, the impact in words) as a text area bound to its shared
 * text: every keystroke is sent as it is typed and others' words appear as they arrive,
 * so two people writing the same paragraph both keep theirs. A refused change (too
 * long) stays in the field with the message under it; Escape puts the stored text back.
 */
export function ProseFactField({ field, label, value, hint, disabled }: Props) {
  const id = useId();
  const commands = useIncidentCommands();
  const edit = useCallback(
    (change: { before: string; after: string }) => commands.editIncidentProse(field, change),
    [commands, field],
  );
  const text = useProseField(value, edit);
  const describedBy = [hint ? `${id}-hint` : '', text.error ? `${id}-error` : ''].join(' ').trim();

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Escape' && text.error !== null) {
      e.preventDefault();
      text.revert();
    }
  }

  return (
    <div className={`inc-field inc-field--${field.replace('.', '-')}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        {...text.field}
        id={id}
        className="input"
        rows={4}
        disabled={disabled}
        onKeyDown={onKeyDown}
        aria-invalid={text.error !== null}
        aria-describedby={describedBy || undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="inc-field__hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={text.error ?? undefined} />
    </div>
  );
}
