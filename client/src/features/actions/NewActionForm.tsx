import { ACTION_TITLE_MAX } from '@hindsight/shared';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useDiscussionClusters } from '../../state/useDiscussionClusters.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { problemOf } from '../../lib/problem.ts';
import { addressOptions } from './addresses.ts';
import { PEOPLE_LIST_ID } from './PeopleList.tsx';

/**
 * Adds an action: a title, and if known already an owner, a due date and what it
 * addresses. Everything else is set on the action's card. The form is session state;
 * only a submitted action reaches the board.
 */
export function NewActionForm() {
  const commands = usePostmortemCommands();
  const clusters = useDiscussionClusters();
  const discussions = usePostmortem((s) => s.discussions);
  const options = useMemo(() => addressOptions(clusters, discussions), [clusters, discussions]);
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const target = options.find((o) => o.value === address);
    try {
      commands.addAction({
        title,
        owner,
        due,
        clusterId: target?.clusterId ?? undefined,
        rootCauseId: target?.rootCauseId ?? undefined,
      });
    } catch (err) {
      setError(problemOf(err));
      return;
    }
    setTitle('');
    setOwner('');
    setDue('');
    setError(null);
    titleRef.current?.focus();
  }

  return (
    <form className="new-action" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
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
          <input
            id={`${id}-o`}
            className="input"
            list={PEOPLE_LIST_ID}
            value={owner}
            placeholder="Pick or type a name"
            onChange={(e) => setOwner(e.target.value)}
            autoComplete="off"
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
          />
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
