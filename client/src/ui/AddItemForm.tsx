import { useId } from 'react';
import { useItemDraft } from '../state/useItemDraft.ts';
import { FieldError } from './FieldError.tsx';

interface Props {
  /** For screen readers; the field has no visible label. */
  readonly label: string;
  readonly placeholder: string;
  readonly submitLabel: string;
  readonly className: string;
  /** Adds the text; a thrown error is shown next to the field and the draft is kept. */
  readonly onAdd: (text: string) => void;
}

/** One line and a button that add an item to a list; a refused item keeps its text. */
export function AddItemForm({ label, placeholder, submitLabel, className, onAdd }: Props) {
  const id = useId();
  const { draft, error, onChange, submit } = useItemDraft(onAdd);

  return (
    <form className={className} onSubmit={submit} noValidate>
      <label htmlFor={`${id}-new`} className="sr-only">
        {label}
      </label>
      <input
        id={`${id}-new`}
        className="input pm-input-s"
        value={draft}
        placeholder={placeholder}
        onChange={onChange}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="submit" className="button button--small" disabled={draft.trim() === ''}>
        {submitLabel}
      </button>
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </form>
  );
}
