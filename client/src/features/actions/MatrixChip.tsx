import type { ActionItemView } from '@hindsight/shared';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { moveRating, ratingOf, type Rating } from './matrix.ts';
import { quadrantTitle } from './quadrantTitle.ts';
import type { Quadrant } from '@hindsight/shared';

interface Props {
  readonly action: ActionItemView;
  readonly readOnly: boolean;
  /** The id of the instructions. */
  readonly describedBy: string;
  /** Rates the action (null: not rated); `keepFocus` when moved from the keyboard. */
  readonly onPlace: (rating: Rating | null, keepFocus: boolean) => void;
}

/** Pointer travel before a press becomes a drag, px. */
const DRAG_FROM_PX = 4;

/** The cell under a point, ignoring the chip being dragged (it is under the pointer). */
function dropTarget(chip: HTMLElement, x: number, y: number): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    if (chip.contains(el)) continue;
    const cell = el.closest<HTMLElement>('[data-quadrant]');
    if (cell) return cell.dataset.quadrant ?? null;
  }
  return null;
}

/** One action on the matrix: dragged with a pointer, or moved with the arrow keys. */
export function MatrixChip({ action, readOnly, describedBy, onPlace }: Props) {
  const start = useRef<{ x: number; y: number; dragging: boolean } | null>(null);
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);
  const where = action.quadrant ? quadrantTitle(action.quadrant) : 'not rated';

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (readOnly) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (action.quadrant) onPlace(null, true);
      return;
    }
    const next = moveRating(action, e.key);
    if (!next) return;
    e.preventDefault();
    onPlace(next, true);
  }

  function onPointerDown(e: PointerEvent<HTMLButtonElement>) {
    if (readOnly || e.button !== 0) return;
    start.current = { x: e.clientX, y: e.clientY, dragging: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  }
  function onPointerMove(e: PointerEvent<HTMLButtonElement>) {
    const s = start.current;
    if (!s) return;
    const dx = e.clientX - s.x;
    const dy = e.clientY - s.y;
    if (!s.dragging && Math.hypot(dx, dy) < DRAG_FROM_PX) return;
    s.dragging = true;
    setOffset({ dx, dy });
  }
  function onPointerUp(e: PointerEvent<HTMLButtonElement>) {
    const s = start.current;
    start.current = null;
    setOffset(null);
    if (!s?.dragging) return;
    const target = dropTarget(e.currentTarget, e.clientX, e.clientY);
    if (target === 'none') onPlace(null, false);
    else if (target) onPlace(ratingOf(target as Quadrant), false);
  }
  function onPointerCancel() {
    start.current = null;
    setOffset(null);
  }

  return (
    <button
      type="button"
      className={`matrix-chip matrix-chip--${action.status.replace(' ', '-')}${offset ? ' is-dragging' : ''}`}
      data-matrix-chip={action.id}
      aria-label={`${action.title}: ${where}`}
      aria-describedby={readOnly ? undefined : describedBy}
      aria-disabled={readOnly || undefined}
      title={action.title}
      style={offset ? { transform: `translate(${offset.dx}px, ${offset.dy}px)` } : undefined}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
    >
      {action.title}
    </button>
  );
}
