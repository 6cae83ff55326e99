import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from '../../ui/FieldError.tsx';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  /** What the field takes, said under it. */
  readonly hint?: ReactNode;
  /**
   * What is wrong with the value, said under it; the field is then marked invalid. A form
   * that says it elsewhere passes `aria-invalid` and `aria-describedby` itself.
   */
  readonly error?: string | undefined;
}

/** A labelled input of the workspace forms, with its hint and its error tied to it. */
export function Field({ label, onChange, hint, error, ...input }: Props) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const described = [hint ? hintId : null, error ? errorId : null]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="input"
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </>
  );
}
