import { useId } from 'react';

interface Props<T extends string | number> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  /** What each option is called. */
  optionLabel(option: T): string;
  onChange(value: T): void;
}

/** A labelled choice among a few options, of the workspace forms. */
export function SelectField<T extends string | number>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: Props<T>) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => String(o) === e.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </>
  );
}
