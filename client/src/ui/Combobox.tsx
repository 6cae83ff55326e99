import { useId, useState, type ChangeEvent, type ReactNode, type RefObject } from 'react';
import './combobox.css';

export interface ComboboxOption {
  /** Unique among the options. */
  readonly key: string;
  readonly label: string;
}

interface Props<O extends ComboboxOption> {
  /** The input's id, for its `<label htmlFor>`. */
  readonly id: string;
  readonly value: string;
  /** The suggestions for `value`, already filtered. */
  readonly options: readonly O[];
  onChange(e: ChangeEvent<HTMLInputElement>): void;
  /** An option was chosen (Enter on the active one, or a click). */
  onPick(option: O): void;
  /** Enter with no option active: take what is typed. */
  onEnter?(): void;
  /** Escape with the list already closed: drop what is typed. */
  onEscape?(): void;
  onBlur?(): void;
  /** What the listbox is, for screen readers ("People"). */
  readonly listLabel: string;
  /** Shown after an option's label ("workspace", "on the board"). */
  note?(option: O): ReactNode;
  readonly inputRef?: RefObject<HTMLInputElement | null>;
  readonly placeholder?: string;
  readonly className?: string;
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean;
}

/**
 * A text field that suggests as one types and still takes any text: the ARIA 1.2
 * combobox with a listbox popup. Down and Up move through the suggestions (Down opens
 * them), Enter chooses the active one or takes the text, Escape closes them, then drops
 * the text; Tab leaves. Focus stays in the field; the active option is
 * `aria-activedescendant`.
 */
export function Combobox<O extends ComboboxOption>({
  id,
  value,
  options,
  onChange,
  onPick,
  onEnter,
  onEscape,
  onBlur,
  listLabel,
  note,
  inputRef,
  placeholder,
  className = 'input',
  describedBy,
  invalid = false,
}: Props<O>) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && options.length > 0;
  const current = shown && active >= 0 && active < options.length ? options[active] : undefined;
  const optionId = (i: number) => `${listId}-${i}`;

  const pick = (option: O) => {
    setOpen(false);
    setActive(-1);
    onPick(option);
  };

  return (
    <div className="combobox">
      <input
        ref={inputRef}
        id={id}
        className={className}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        onChange={(e) => {
          setOpen(true);
          setActive(-1);
          onChange(e);
        }}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          onBlur?.();
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (options.length === 0) return;
            const down = e.key === 'ArrowDown';
            if (!shown) {
              setOpen(true);
              setActive(down ? 0 : options.length - 1);
              return;
            }
            setActive((i) => (i + (down ? 1 : -1) + options.length + 1) % (options.length + 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            if (current) pick(current);
            else {
              setOpen(false);
              onEnter?.();
            }
          } else if (e.key === 'Escape') {
            if (shown) {
              e.preventDefault();
              setOpen(false);
              setActive(-1);
            } else onEscape?.();
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        className="combobox__list"
        hidden={!shown}
      >
        {shown &&
          options.map((o, i) => (
            <li
              key={o.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="combobox__option"
              // Keeps the focus in the field, so choosing is one step and its blur does not save.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="combobox__label">{o.label}</span>
              {note && <span className="combobox__note">{note(o)}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
