import { initials } from '../lib/initials.ts';

interface Props {
  readonly name: string;
  readonly color: string;
  readonly isSelf?: boolean;
  /** What a screen reader hears, when more than the name (a button's action). */
  readonly label?: string;
}

/** A round badge with someone's initials; the name is in the tooltip and for screen readers. */
export function Avatar({ name, color, isSelf = false, label: spoken }: Props) {
  const label = isSelf ? `${name} (you)` : name;
  return (
    <span
      className={`avatar${isSelf ? ' avatar--self' : ''}`}
      style={{ backgroundColor: color }}
      title={label}
    >
      <span aria-hidden="true">{initials(name)}</span>
      <span className="sr-only">{spoken ?? label}</span>
    </span>
  );
}
