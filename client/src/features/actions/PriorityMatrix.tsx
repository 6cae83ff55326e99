import { QUADRANT_HINTS, type ActionItemView } from '@hindsight/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { MatrixChip } from './MatrixChip.tsx';
import { MATRIX_CELLS, type Rating } from './matrix.ts';
import { quadrantTitle } from './quadrantTitle.ts';

interface Props {
  readonly actions: readonly ActionItemView[];
  readonly readOnly: boolean;
}

/**
 * The impact/effort matrix: every action as a chip in its quadrant, unrated ones in a
 * tray beside it. Drag a chip onto a quadrant, or focus it and use the arrow keys (up
 * and down for impact, left and right for effort); Delete takes the rating off.
 */
export function PriorityMatrix({ actions, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const refocus = useRef<string | null>(null);

  // A chip that moved was rendered again in another cell: give it the focus back.
  useEffect(() => {
    const actionId = refocus.current;
    if (!actionId) return;
    refocus.current = null;
    document.querySelector<HTMLElement>(`[data-matrix-chip="${actionId}"]`)?.focus();
  }, [actions]);

  function place(action: ActionItemView, rating: Rating | null, keepFocus: boolean) {
    if (rating?.impact === action.impact && rating?.effort === action.effort) return;
    commands.editAction(action.id, rating ?? { impact: null, effort: null });
    if (keepFocus) refocus.current = action.id;
    const where = rating
      ? MATRIX_CELLS.find((c) => c.impact === rating.impact && c.effort === rating.effort)!.quadrant
      : null;
    setAnnouncement(`${action.title}: ${where ? quadrantTitle(where) : 'not rated'}`);
  }

  const chips = (inCell: (a: ActionItemView) => boolean) =>
    actions.filter(inCell).map((action) => (
      <li key={action.id}>
        <MatrixChip
          action={action}
          readOnly={readOnly}
          describedBy={`${id}-how`}
          onPlace={(rating, keepFocus) => place(action, rating, keepFocus)}
        />
      </li>
    ));

  return (
    <section className="matrix" aria-labelledby={`${id}-title`} data-testid="priority-matrix">
      <h3 id={`${id}-title`} className="pm-section-title">
        Impact / effort
      </h3>
      <div className="matrix__frame">
        <span className="matrix__axis matrix__axis--y" aria-hidden="true">
          Impact <span>high ↑ · ↓ low</span>
        </span>
        <div className="matrix__grid">
          {MATRIX_CELLS.map((cell) => (
            <div
              key={cell.quadrant}
              className={`matrix__cell matrix__cell--${cell.quadrant.replace(' ', '-')}`}
              data-quadrant={cell.quadrant}
              role="group"
              aria-label={`${quadrantTitle(cell.quadrant)}: ${QUADRANT_HINTS[cell.quadrant]}`}
            >
              <p className="matrix__cell-title">{quadrantTitle(cell.quadrant)}</p>
              <p className="matrix__cell-hint">{QUADRANT_HINTS[cell.quadrant].split(': ')[1]}</p>
              <ul className="matrix__chips">{chips((a) => a.quadrant === cell.quadrant)}</ul>
            </div>
          ))}
        </div>
        <span className="matrix__axis matrix__axis--x" aria-hidden="true">
          Effort <span>low ← · → high</span>
        </span>
      </div>
      <div className="matrix__tray" data-quadrant="none" role="group" aria-label="Not rated yet">
        <p className="matrix__cell-title">Not rated yet</p>
        <ul className="matrix__chips">{chips((a) => a.quadrant === null)}</ul>
      </div>
      {!readOnly && (
        <p id={`${id}-how`} className="matrix__how">
          Drag an action onto a quadrant, or focus it and use the arrow keys: up and down for
          impact, left and right for effort. Delete takes its rating off.
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
