import { readClock24 } from '@hindsight/shared';

interface Props {
  readonly id: string;
  /** What is typed; `HH:MM` once it reads as a time. */
  readonly value: string;
  onChange(text: string): void;
  readonly required?: boolean;
  readonly describedBy?: string;
}

/**
 * A time of day in 24-hour form, whatever the browser's locale: a native time picker
 * shows 2:30 PM in an American browser, and the app is 24-hour. Takes "14:30", "930",
 * "14.30"; leaving the field writes it as `HH:MM` (shared time/clock24.ts).
 */
export function TimeInput({ id, value, onChange, required, describedBy }: Props) {
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="input"
        value={value}
        placeholder="HH:MM"
        maxLength={5}
        required={required}
        autoComplete="off"
        aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          const read = readClock24(value);
          if (read && read !== value) onChange(read);
        }}
      />
      <span id={`${id}-hint`} className="sr-only">
        24-hour clock, for example 14:30
      </span>
    </>
  );
}
