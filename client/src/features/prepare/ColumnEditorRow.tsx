import { useId } from 'react';
import { fieldKey, type ColumnDraft, type FieldErrors } from '../../lib/planDraft.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { MoveButtons } from './MoveButtons.tsx';

interface Props {
  readonly column: ColumnDraft;
  readonly index: number;
  readonly count: number;
  readonly errors: FieldErrors;
  /** Cards on the board in this column: a column with cards cannot be removed. */
  readonly cards: number;
  readonly canRemove: boolean;
  readonly onChange: (patch: Partial<Pick<ColumnDraft, 'title' | 'prompt'>>) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
}

/** One brainstorm column: title, the question it asks, order, remove. */
export function ColumnEditorRow(props: Props) {
  const { column, index, count, errors, cards, canRemove, onChange, onMove, onRemove } = props;
  const id = useId();
  const n = index + 1;
  const titleError = errors[fieldKey.column(column.id, 'title')];
  const promptError = errors[fieldKey.column(column.id, 'prompt')];
  const name = column.title.trim() || `column ${n}`;

  return (
    <li className="plan-row plan-row--column" data-testid="plan-column" data-column={column.id}>
      <span className="plan-row__step" aria-hidden="true">
        {n}
      </span>
      <div className="plan-row__field">
        <input
          className="input input--compact"
          aria-label={`Title of column ${n}`}
          placeholder="Column title"
          value={column.title}
          onChange={(e) => onChange({ title: e.target.value })}
          aria-invalid={titleError !== undefined}
          aria-describedby={titleError ? `${id}-title` : undefined}
        />
        <FieldError id={`${id}-title`} message={titleError} />
      </div>
      <div className="plan-row__field plan-row__field--grow">
        <input
          className="input input--compact"
          aria-label={`Question of column ${n}`}
          placeholder="The question it asks"
          value={column.prompt}
          onChange={(e) => onChange({ prompt: e.target.value })}
          aria-invalid={promptError !== undefined}
          aria-describedby={promptError ? `${id}-prompt` : cards > 0 ? `${id}-cards` : undefined}
        />
        {cards > 0 && (
          <span id={`${id}-cards`} className="plan-row__hint">
            Holds {cards === 1 ? '1 card' : `${cards} cards`}
          </span>
        )}
        <FieldError id={`${id}-prompt`} message={promptError} />
      </div>
      <MoveButtons label={name} index={index} count={count} onMove={onMove} />
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Remove ${name}`}
        title={
          canRemove
            ? 'Remove column'
            : cards > 0
              ? 'A column with cards cannot be removed'
              : 'The board needs at least one column'
        }
        disabled={!canRemove}
        onClick={onRemove}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 6h12M8 6V4h4v2M6 6l.7 10h6.6L14 6" />
        </svg>
      </button>
    </li>
  );
}
