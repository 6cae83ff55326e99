/**
 * The impact/effort matrix as the Actions phase lays it out, and how the arrow keys move
 * an action on it. Pure. Impact runs up (high on top), effort runs right (high on the
 * right), so quick wins sit top left, where the eye starts.
 */
import { quadrantOf, type Effort, type Impact, type Quadrant } from '@hindsight/shared';

export interface Rating {
  readonly impact: Impact;
  readonly effort: Effort;
}

/** The four cells in reading order: top left, top right, bottom left, bottom right. */
export const MATRIX_CELLS: readonly (Rating & { readonly quadrant: Quadrant })[] = (
  [
    ['high', 'low'],
    ['high', 'high'],
    ['low', 'low'],
    ['low', 'high'],
  ] as const
).map(([impact, effort]) => ({ impact, effort, quadrant: quadrantOf(impact, effort) }));

/** The ratings that put an action in a quadrant. */
export function ratingOf(quadrant: Quadrant): Rating {
  const cell = MATRIX_CELLS.find((c) => c.quadrant === quadrant)!;
  return { impact: cell.impact, effort: cell.effort };
}

/**
 * Where an arrow key moves an action: Up and Down set the impact, Left and Right the
 * effort. An action not rated yet enters at the quick wins (high impact, low effort) and
 * moves from there, so its first key press always places it. Null for any other key.
 */
export function moveRating(
  rating: { readonly impact?: Impact | undefined; readonly effort?: Effort | undefined },
  key: string,
): Rating | null {
  const impact = rating.impact ?? 'high';
  const effort = rating.effort ?? 'low';
  switch (key) {
    case 'ArrowUp':
      return { impact: 'high', effort };
    case 'ArrowDown':
      return { impact: 'low', effort };
    case 'ArrowLeft':
      return { impact, effort: 'low' };
    case 'ArrowRight':
      return { impact, effort: 'high' };
    default:
      return null;
  }
}
