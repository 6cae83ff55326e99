/**
 * A card keeps its column's colour on the clustering board: the same tones, in the same
 * order, as the brainstorm lanes (board/ColumnLane.tsx).
 */
import type { Column } from '@hindsight/shared';

export const TONES = ['green', 'coral', 'amber', 'blue', 'violet'] as const;
export type Tone = (typeof TONES)[number];

/** The tone of a column id in the plan's columns; a column the plan lost is blue. */
export function toneOf(columnId: string, columns: readonly Pick<Column, 'id'>[]): Tone {
  const index = columns.findIndex((c) => c.id === columnId);
  return index < 0 ? 'blue' : TONES[index % TONES.length]!;
}
