import { FACTORS_MAX, type ContributingFactor } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { AddItemForm } from '../../ui/AddItemForm.tsx';
import { VocabularyList } from '../vocabulary/VocabularyList.tsx';
import { BlameField } from './BlameField.tsx';

interface Props {
  readonly clusterId: string;
  readonly factors: readonly ContributingFactor[];
  readonly readOnly: boolean;
}

/** What made the incident likelier or worse without being its cause: a list anyone adds to. */
export function ContributingFactors({ clusterId, factors, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();

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
              onEdit={(change) => commands.editFactor(clusterId, factor.id, change)}
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
        <AddItemForm
          className="factors__add"
          label="New contributing factor"
          placeholder="A missing runbook, a noisy alert, an unclear owner…"
          submitLabel="Add factor"
          onAdd={(text) => commands.addFactor(clusterId, text)}
          suggest={(listId, draft) => (
            <VocabularyList
              id={listId}
              kind="tag"
              prefix={draft}
              given={factors.map((f) => f.text)}
            />
          )}
        />
      )}
    </section>
  );
}
