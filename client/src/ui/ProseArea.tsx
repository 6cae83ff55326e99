import { useId, type KeyboardEvent } from 'react';
import type { TextChange } from '@hindsight/shared';
import { FieldError } from './FieldError.tsx';
import { useProseField } from '../lib/useProseField.ts';

interface Props {
  readonly label: string;
  /** The stored text, as typed. */
  readonly value: string;
  /** Sends a change of the text; throws when it is refused (too long). */
  readonly edit: (change: TextChange) => void;
  readonly hint?: string | undefined;
  readonly disabled?: boolean | undefined;
  readonly className: string;
  readonly rows?: number;
}

/**
 * A prose field of the document as a text area bound to its shared text: every keystroke
 * is sent as it is typed and others' words appear as they arrive, so two people writing
 * the same paragraph both keep theirs. A refused change (too long) stays in the field
 * with the message under it; Escape puts the stored text back.
 */
export function ProseArea({ label, value, edit, hint, disabled, className, rows = 4 }: Props) {
  const id = useId();
  const text = useProseField(value, edit);
  const describedBy = [hint ? `${id}-hint` : '', text.error ? `${id}-error` : ''].join(' ').trim();

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Escape' && text.error !== null) {
      e.preventDefault();
      text.revert();
    }
  }

  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        {...text.field}
        id={id}
        className="input"
        rows={rows}
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
