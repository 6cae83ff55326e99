import { initials } from '../lib/initials.ts';

interface Props {
  readonly name: string;
  readonly color: string;
  readonly isSelf?: boolean;
  /** What they are on the board when it matters (", observer"), after the name. */
  readonly note?: string;
  /** An observer's badge is hollow: they follow the board and change nothing. */
  readonly hollow?: boolean;
  /** What a screen reader hears, when more than the name (a button's action). */
  readonly label?: string;
}

/** A round badge with someone's initials; the name is in the tooltip and for screen readers. */
export function Avatar({
  name,
  color,
  isSelf = false,
  note = '',
  hollow = false,
  label: spoken,
}: Props) {
  const label = `${name}${isSelf ? ' (you)' : ''}${note}`;
  const className = `avatar${isSelf ? ' avatar--self' : ''}${hollow ? ' avatar--hollow' : ''}`;
  // A hollow badge writes the initials in the colour (as legible on white as white on it).
  const style = hollow ? { borderColor: color, color } : { backgroundColor: color };
  return (
    <span className={className} style={style} title={label}>
      <span aria-hidden="true">{initials(name)}</span>
      <span className="sr-only">{spoken ?? label}</span>
    </span>
  );
}
