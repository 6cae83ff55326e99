import type { NamedPerson } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { ownerOfText, type OwnerChoice } from '../actions/ownerChoices.ts';
import { OwnerPicker } from '../actions/OwnerPicker.tsx';
import type { NewOwner } from './ledgerApi.ts';

interface Props {
  readonly count: number;
  readonly busy: boolean;
  /** The workspace's people to choose from. */
  readonly people: readonly NamedPerson[];
  onApply(owner: NewOwner): void;
}

/**
 * Gives the selected actions one owner: a workspace person chosen (they are reminded) or
 * a name typed (nobody is). The server decides for each action whether the person asking
 * may change it.
 */
export function BulkOwner({ count, busy, people, onApply }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<OwnerChoice | null>(null);
  const owner = (): NewOwner => {
    if (chosen?.personId) return { ownerPersonId: chosen.personId };
    const typed = ownerOfText(text, people);
    return typed.ownerPersonId
      ? { ownerPersonId: typed.ownerPersonId }
      : { owner: typed.owner.trim() || null };
  };
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (busy || count === 0 || text.trim() === '') return;
    onApply(owner());
    setText('');
    setChosen(null);
  };
  return (
    <form
      className="ledger-bulk"
      aria-label="Change the owner of the selected actions"
      onSubmit={submit}
    >
      <label htmlFor={id} className="field-label">
        New owner
      </label>
      <OwnerPicker
        id={id}
        value={text}
        people={people}
        onChange={(e) => {
          setText(e.target.value);
          setChosen(null);
        }}
        onPick={(choice) => {
          setText(choice.label);
          setChosen(choice);
        }}
        onEnter={() => submit()}
        placeholder="Choose a person or type a name"
      />
      <button
        type="submit"
        className="button button--primary button--small"
        disabled={busy || count === 0 || text.trim() === ''}
      >
        Set owner
      </button>
    </form>
  );
}
