import { ACTION_TITLE_MAX, pastDueWarning } from '@hindsight/shared';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useDiscussionClusters } from '../../state/useDiscussionClusters.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { problemOf } from '../../lib/problem.ts';
import { addressOptions } from './addresses.ts';
import { usePeopleNames } from '../../state/usePeopleNames.ts';
import { ownerOfText, type OwnerChoice } from './ownerChoices.ts';
import { OwnerPicker } from './OwnerPicker.tsx';
import { OwnerReach } from './OwnerReach.tsx';
import { useWorkspacePeople } from './useWorkspacePeople.ts';

const NO_OWNER = { text: '', chosen: null } as const;

/**
 * Adds an action: a title, and if known already an owner, a due date and what it
 * addresses (each new action starts addressing nothing in particular; a date in the past
 * is said as it is picked). Everything else is set on the action's card. The owner is chosen as on the
 * card: a workspace person (reminded), a name on the board, or any name typed. The form
 * is session state; only a submitted action reaches the board.
 */
export function NewActionForm({ today }: { today: string }) {
  const commands = usePostmortemCommands();
  const clusters = useDiscussionClusters();
  const discussions = usePostmortem((s) => s.discussions);
  const options = useMemo(() => addressOptions(clusters, discussions), [clusters, discussions]);
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const { people, canChoose } = useWorkspacePeople();
  const boardNames = usePeopleNames();
  // What is typed, or the person chosen (cleared by typing again).
  const [owner, setOwner] = useState<{ text: string; chosen: OwnerChoice | null }>(NO_OWNER);
  const picked =
    owner.chosen?.personId != null
      ? { owner: owner.chosen.label, ownerPersonId: owner.chosen.personId }
      : ownerOfText(owner.text, people);
  const [due, setDue] = useState('');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const past = pastDueWarning(due, today);

  function submit(e: FormEvent) {
    e.preventDefault();
    const target = options.find((o) => o.value === address);
    try {
      commands.addAction({
        title,
        owner: picked.owner,
        ownerPersonId: picked.ownerPersonId ?? undefined,
        due,
        clusterId: target?.clusterId ?? undefined,
        rootCauseId: target?.rootCauseId ?? undefined,
      });
    } catch (err) {
      setError(problemOf(err));
      return;
    }
    setTitle('');
    setOwner(NO_OWNER);
    setDue('');
    setAddress('');
    setError(null);
    titleRef.current?.focus();
  }

  return (
    <form
      ref={formRef}
      className="new-action"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h3 id={`${id}-title`} className="pm-section-title">
        New action
      </h3>
      <div className="new-action__fields">
        <div className="new-action__field new-action__field--title">
          <label htmlFor={`${id}-t`} className="field-label">
            What will we do?
          </label>
          <input
            ref={titleRef}
            id={`${id}-t`}
            className="input"
            value={title}
            maxLength={ACTION_TITLE_MAX + 50}
            placeholder="Alert on connection-pool saturation"
            onChange={(e) => {
              setTitle(e.target.value);
              if (error) setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <div className="new-action__field">
          <label htmlFor={`${id}-o`} className="field-label">
            Owner
          </label>
          <OwnerPicker
            id={`${id}-o`}
            className="input"
            value={owner.text}
            people={people}
            boardNames={boardNames}
            onChange={(e) => setOwner({ text: e.target.value, chosen: null })}
            onPick={(chosen) => setOwner({ text: chosen.label, chosen })}
            onEnter={() => formRef.current?.requestSubmit()}
            placeholder={canChoose ? 'Choose a person or type a name' : 'Pick or type a name'}
          />
          <OwnerReach
            owner={picked.owner.trim() || null}
            ownerPersonId={picked.ownerPersonId}
            canChoose={canChoose}
          />
        </div>
        <div className="new-action__field">
          <label htmlFor={`${id}-d`} className="field-label">
            Due
          </label>
          <input
            id={`${id}-d`}
            className="input"
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            aria-describedby={past ? `${id}-past` : undefined}
          />
          {past && (
            <span id={`${id}-past`} className="action-field__note action-field__note--warn">
              {past}
            </span>
          )}
        </div>
        <div className="new-action__field">
          <label htmlFor={`${id}-a`} className="field-label">
            Addresses
          </label>
          <select
            id={`${id}-a`}
            className="input"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button button--primary new-action__submit"
          disabled={title.trim() === ''}
        >
          Add action
        </button>
      </div>
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </form>
  );
}
