import type { LedgerAction, NamedPerson } from '@hindsight/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiRequestError } from '../../lib/http.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { ownerOfText, type OwnerChoice } from '../actions/ownerChoices.ts';
import { OwnerPicker } from '../actions/OwnerPicker.tsx';
import { OwnerReach } from '../actions/OwnerReach.tsx';
import { changeOwner, type NewOwner } from './ledgerApi.ts';

interface Props {
  readonly action: LedgerAction;
  /** The workspace's people to choose from. */
  readonly people: readonly NamedPerson[];
  /** The change is saved; the row shows the server's answer. */
  onChanged(action: LedgerAction): void;
}

/**
 * A ledger row's owner, and "Change owner": the same picker as on the board, offering the
 * workspace's people (they are reminded) and still taking any name. The server applies
 * the change to the board live and checks who may make it.
 */
export function LedgerOwner({ action: listed, people, onChanged }: Props) {
  const id = useId();
  // The server's answer to this row's change, until the list reads a newer row.
  const [answer, setAnswer] = useState<LedgerAction | null>(null);
  const action = answer && answer.updatedAt >= listed.updatedAt ? answer : listed;
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wasEditing, setWasEditing] = useState(false);

  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (wasEditing) buttonRef.current?.focus();
  }, [editing, wasEditing]);

  const stop = () => {
    setEditing(false);
    setWasEditing(true);
    setError(null);
  };

  const save = async (owner: NewOwner) => {
    setBusy(true);
    try {
      const changed = await changeOwner(action, owner);
      setAnswer(changed);
      onChanged(changed);
      stop();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Not changed. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const choose = (choice: OwnerChoice) =>
    void save(choice.personId ? { ownerPersonId: choice.personId } : { owner: choice.label });
  const takeText = () => {
    const { owner, ownerPersonId } = ownerOfText(text, people);
    if (ownerPersonId) void save({ ownerPersonId });
    else void save({ owner: owner.trim() || null });
  };

  if (!editing) {
    return (
      <div className="ledger-owner">
        {action.owner ?? <span className="ledger-table__none">Nobody yet</span>}
        <OwnerReach owner={action.owner} ownerPersonId={action.ownerPersonId} canChoose />
        <button
          ref={buttonRef}
          type="button"
          className="button button--ghost button--small ledger-table__more"
          aria-label={`Change owner of “${action.title}”`}
          onClick={() => {
            setText(action.owner ?? '');
            setEditing(true);
          }}
        >
          Change owner
        </button>
      </div>
    );
  }
  return (
    <div className="ledger-owner ledger-owner--editing">
      <label htmlFor={id} className="sr-only">
        Owner of “{action.title}”
      </label>
      <OwnerPicker
        id={id}
        inputRef={inputRef}
        value={text}
        unfiltered={action.owner ?? ''}
        people={people}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onPick={choose}
        onEnter={takeText}
        onEscape={stop}
        placeholder="Choose a person or type a name"
        invalid={error !== null}
        describedBy={error ? `${id}-error` : undefined}
      />
      <span className="ledger-owner__hint">{busy ? 'Saving…' : 'Enter saves, Escape cancels'}</span>
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}
