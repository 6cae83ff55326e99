import type { Quadrant } from '@hindsight/shared';

/** "Quick win", "Major project"…: a quadrant as a heading. */
export function quadrantTitle(quadrant: Quadrant): string {
  return quadrant.charAt(0).toUpperCase() + quadrant.slice(1);
}
