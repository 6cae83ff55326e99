import { useId, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
}

/** A labelled input of the account forms. */
export function Field({ label, onChange, ...input }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} className="input" onChange={(e) => onChange(e.target.value)} {...input} />
    </>
  );
}
