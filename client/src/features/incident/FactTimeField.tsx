import type { IncidentTimeField } from '@hindsight/shared';
import { useId } from 'react';
import { FieldError } from '../../ui/FieldError.tsx';
import { fromLocalInput, toLocalInput } from '../timeline/zonedInput.ts';
import { useFactDraft } from './useFactDraft.ts';

interface Props {
  readonly field: IncidentTimeField;
  readonly label: string;
  readonly value: number | null;
  readonly timeZone: string;
  readonly disabled?: boolean;
}

/**
 * One of the four instants, typed as a date and time in the incident's zone (whatever
 * the browser's zone). Saved when the field loses focus or on Enter; the order rule
 * ("Detected must not be before Started") answers here, and the typed value stays.
 */
export function FactTimeField({ field, label, value, timeZone, disabled }: Props) {
  const id = useId();
  const { draft, setDraft, error, commit, revert } = useFactDraft(field);
  const save = () =>
    commit((text) => {
      const read = fromLocalInput(text, timeZone);
      return read.ok ? { [field]: read.ms } : read.problem;
    });
  return (
    <div className="inc-field inc-field--time">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="datetime-local"
        className="input"
        value={draft ?? toLocalInput(value, timeZone)}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape' && draft !== undefined) {
            e.preventDefault();
            revert();
          }
        }}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}
