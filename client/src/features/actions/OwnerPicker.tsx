import type { NamedPerson } from '@hindsight/shared';
import type { ChangeEvent, RefObject } from 'react';
import { Combobox } from '../../ui/Combobox.tsx';
import { ownerChoices, type OwnerChoice } from './ownerChoices.ts';

interface Props {
  /** The input's id, for its `<label htmlFor>`. */
  readonly id: string;
  readonly value: string;
  /** The text that is no search (the owner already saved): the list then offers everyone. */
  readonly unfiltered?: string;
  /** The workspace's people (chosen, they are reminded). */
  readonly people: readonly NamedPerson[];
  /** Names on the board now, offered after the people as typed names. */
  readonly boardNames?: readonly string[];
  onChange(e: ChangeEvent<HTMLInputElement>): void;
  onPick(choice: OwnerChoice): void;
  onEnter?(): void;
  onEscape?(): void;
  onBlur?(): void;
  readonly inputRef?: RefObject<HTMLInputElement | null>;
  readonly placeholder: string;
  readonly className?: string;
  readonly invalid?: boolean;
  readonly describedBy?: string | undefined;
}

const NO_NAMES: readonly string[] = [];

/**
 * Every owner field's picker: the workspace's people first (a choice carries the person,
 * so reminders reach them), then the names on the board; any name may still be typed.
 * The action card, the New action form, a ledger row and the ledger's bulk change use it.
 */
export function OwnerPicker({
  id,
  value,
  unfiltered,
  people,
  boardNames = NO_NAMES,
  onChange,
  onPick,
  onEnter,
  onEscape,
  onBlur,
  inputRef,
  placeholder,
  className = 'input pm-input-s',
  invalid = false,
  describedBy,
}: Props) {
  const query = value === unfiltered ? '' : value;
  return (
    <Combobox
      id={id}
      className={className}
      inputRef={inputRef}
      value={value}
      options={ownerChoices(query, people, boardNames)}
      listLabel="People"
      note={(c) => (c.personId ? 'workspace' : 'on the board')}
      onChange={onChange}
      onPick={onPick}
      onEnter={onEnter}
      onEscape={onEscape}
      onBlur={onBlur}
      placeholder={placeholder}
      invalid={invalid}
      describedBy={describedBy}
    />
  );
}
