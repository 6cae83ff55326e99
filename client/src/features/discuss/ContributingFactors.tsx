import { FACTORS_MAX, type ContributingFactor } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { BlameField } from './BlameField.tsx';
import { problemOf } from './problem.ts';

interface Props {
  readonly clusterId: string;
  readonly factors: readonly ContributingFactor[];
  readonly readOnly: boolean;
}

/** What made the incident likelier or worse without being its cause: a list anyone adds to. */
export function ContributingFactors({ clusterId, factors, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  function add(e: FormEvent) {
    e.preventDefault();
    if (draft.trim() === '') return;
    try {
      commands.addFactor(clusterId, draft);
      setDraft('');
      setError(null);
    } catch (err) {
      setError(problemOf(err));
    }
  }

  return (
    <section className="pm-panel" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="pm-panel__title">
        Contributing factors
      </h4>
      {factors.length === 0 && readOnly && <p className="pm-muted">None noted.</p>}
      <ul className="factors">
        {factors.map((factor, i) => (
          <li key={factor.id} className="factors__item">
            <BlameField
              label={`Factor ${i + 1}`}
              hideLabel
              value={factor.text}
              onSave={(text) => commands.editFactor(clusterId, factor.id, text)}
              rows={1}
              readOnly={readOnly}
            />
            {!readOnly && (
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={`Remove factor ${i + 1}`}
                title="Remove"
                onClick={() => commands.removeFactor(clusterId, factor.id)}
              >
                <svg viewBox="0 0 20 20" aria-hidden="true">
                  <path d="M5 5l10 10M15 5L5 15" />
                </svg>
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && factors.length < FACTORS_MAX && (
        <form className="factors__add" onSubmit={add}>
          <label htmlFor={`${id}-new`} className="sr-only">
            New contributing factor
          </label>
          <input
            id={`${id}-new`}
            className="input pm-input-s"
            value={draft}
            placeholder="A missing runbook, a noisy alert, an unclear owner…"
            onChange={(e) => {
              setDraft(e.target.value);
              if (error) setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="submit" className="button button--small" disabled={draft.trim() === ''}>
            Add factor
          </button>
          <FieldError id={`${id}-error`} message={error ?? undefined} />
        </form>
      )}
    </section>
  );
}
