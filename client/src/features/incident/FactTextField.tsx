import { useId, type KeyboardEvent } from 'react';
import { FieldError } from '../../ui/FieldError.tsx';
import { patchFor } from './factPatch.ts';
import { useFactDraft } from './useFactDraft.ts';

interface Props {
  /** `title`, `summary`, `impact.usersAffected`… */
  readonly field: string;
  readonly label: string;
  /** The stored value, as text. */
  readonly value: string;
  readonly multiline?: boolean;
  readonly numeric?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}

/**
 * One fact as text. Saved when the field loses focus (or on Enter in a one-line field);
 * Escape puts the stored value back. A refused value stays in the field, with the
 * model's message under it.
 */
export function FactTextField({
  field,
  label,
  value,
  multiline,
  numeric,
  placeholder,
  hint,
  disabled,
}: Props) {
  const id = useId();
  const { draft, setDraft, error, commit, revert } = useFactDraft(field);
  const shown = draft ?? value;
  const save = () => commit((text) => patchFor(field, text));
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();

  function onKeyDown(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (e.key === 'Escape' && draft !== undefined) {
      e.preventDefault();
      revert();
    } else if (e.key === 'Enter' && !multiline && !e.nativeEvent.isComposing) {
      e.preventDefault();
      save();
    }
  }

  const common = {
    id,
    className: 'input',
    value: shown,
    placeholder,
    disabled,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: save,
    onKeyDown,
    'aria-invalid': error !== null,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className={`inc-field inc-field--${field.replace('.', '-')}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} inputMode={numeric ? 'numeric' : undefined} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="inc-field__hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}
