import { useId, type ReactNode } from 'react';
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
  /**
   * Suggestions for what is being typed: a `<datalist>` with the id given, which the
   * field's `list` names.
   */
  readonly suggest?: (listId: string, draft: string) => ReactNode;
}

/** One line and a button that add an item to a list; a refused item keeps its text. */
export function AddItemForm({ label, placeholder, submitLabel, className, onAdd, suggest }: Props) {
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
        list={suggest ? `${id}-list` : undefined}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="submit" className="button button--small" disabled={draft.trim() === ''}>
        {submitLabel}
      </button>
      {suggest?.(`${id}-list`, draft)}
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </form>
  );
}
