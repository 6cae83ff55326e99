import { DEFAULT_OWNER_RESPONSIBILITIES, RESPONSIBILITIES_MAX } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { problemOf } from '../discuss/problem.ts';
import { ResponsibilityItem } from './ResponsibilityItem.tsx';

interface Props {
  readonly list: readonly string[];
  readonly readOnly: boolean;
}

/** What the owners are responsible for: the seeds' list, which the team may reword. */
export function Responsibilities({ list, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isDefault =
    list.length === DEFAULT_OWNER_RESPONSIBILITIES.length &&
    list.every((item, i) => item === DEFAULT_OWNER_RESPONSIBILITIES[i]);

  function add(e: FormEvent) {
    e.preventDefault();
    if (draft.trim() === '') return;
    try {
      commands.setResponsibilities([...list, draft]);
      setDraft('');
      setError(null);
    } catch (err) {
      setError(problemOf(err));
    }
  }

  return (
    <section className="pm-panel responsibilities" aria-labelledby={`${id}-title`}>
      <div className="pm-panel__head">
        <h3 id={`${id}-title`} className="pm-section-title">
          Responsibilities
        </h3>
        {!readOnly && !isDefault && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => commands.setResponsibilities(DEFAULT_OWNER_RESPONSIBILITIES)}
          >
            Back to the usual list
          </button>
        )}
      </div>
      <ol className="responsibilities__list" data-testid="responsibilities">
        {list.map((item, i) => (
          <ResponsibilityItem key={i} index={i} text={item} list={list} readOnly={readOnly} />
        ))}
      </ol>
      {!readOnly && list.length < RESPONSIBILITIES_MAX && (
        <form className="responsibilities__add" onSubmit={add} noValidate>
          <label htmlFor={`${id}-new`} className="sr-only">
            New responsibility
          </label>
          <input
            id={`${id}-new`}
            className="input pm-input-s"
            value={draft}
            placeholder="Another responsibility"
            onChange={(e) => {
              setDraft(e.target.value);
              if (error) setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="submit" className="button button--small" disabled={draft.trim() === ''}>
            Add
          </button>
          <FieldError id={`${id}-error`} message={error ?? undefined} />
        </form>
      )}
    </section>
  );
}
