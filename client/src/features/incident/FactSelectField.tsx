import type { IncidentPatch } from '@hindsight/shared';
import { useId, useState } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { refusal } from './factPatch.ts';

interface Props<T extends string> {
  readonly field: 'severity' | 'status';
  readonly label: string;
  readonly value: T | null;
  readonly options: readonly T[];
  readonly hints: Readonly<Record<T, string>>;
  readonly disabled?: boolean;
}

/** A fact picked from a list (severity, status); saved as soon as it is picked. */
export function FactSelectField<T extends string>({
  field,
  label,
  value,
  options,
  hints,
  disabled,
}: Props<T>) {
  const id = useId();
  const commands = useIncidentCommands();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="inc-field inc-field--select">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value ?? ''}
        disabled={disabled}
        title={value ? hints[value] : undefined}
        onChange={(e) => {
          try {
            commands.updateIncident({ [field]: e.target.value || null } as IncidentPatch);
            setError(null);
          } catch (err) {
            setError(refusal(err, field));
          }
        }}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">Not set</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option} — {hints[option]}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}
