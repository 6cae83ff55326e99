import { QUADRANT_HINTS, QUADRANTS, type ActionItemView, type Quadrant } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { ratingOf } from './matrix.ts';
import { quadrantTitle } from './quadrantTitle.ts';

interface Props {
  readonly action: ActionItemView;
  readonly readOnly: boolean;
}

/** The priority by picking a quadrant (the matrix does the same by dragging). */
export function PrioritySelect({ action, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  return (
    <div className="action-field action-field--priority">
      <label htmlFor={id} className="field-label">
        Priority
      </label>
      {readOnly ? (
        <p id={id} className="action-field__value">
          {action.quadrant ? quadrantTitle(action.quadrant) : 'Not rated'}
        </p>
      ) : (
        <select
          id={id}
          className="input pm-input-s"
          value={action.quadrant ?? ''}
          aria-describedby={action.quadrant ? `${id}-hint` : undefined}
          onChange={(e) => {
            const q = e.target.value as Quadrant | '';
            commands.editAction(action.id, q === '' ? { impact: null, effort: null } : ratingOf(q));
          }}
        >
          <option value="">Not rated</option>
          {QUADRANTS.map((q) => (
            <option key={q} value={q}>
              {quadrantTitle(q)}
            </option>
          ))}
        </select>
      )}
      {action.quadrant && (
        <span
          className={`quadrant-chip quadrant-chip--${action.quadrant.replace(' ', '-')}`}
          data-testid="action-quadrant"
        >
          {quadrantTitle(action.quadrant)}
        </span>
      )}
      {action.quadrant && (
        <span id={`${id}-hint`} className="sr-only">
          {QUADRANT_HINTS[action.quadrant]}
        </span>
      )}
    </div>
  );
}
