/**
 * The column a cluster belongs to, for the Discuss phase (five whys are asked of "what
 * went wrong" clusters) and for the document, which lists clusters under columns. Cards
 * of any column may be clustered together, so it is derived, never stored: the column
 * most of its cards come from; a tie goes to the column listed first in the plan.
 */

/**
 * The column most of `cardColumns` share, ties by `columnOrder` (the plan's columns),
 * then alphabetically for columns the plan does not list; null for no cards.
 */
export function clusterColumn(
  cardColumns: readonly string[],
  columnOrder: readonly string[],
): string | null {
  const counts = new Map<string, number>();
  for (const column of cardColumns) counts.set(column, (counts.get(column) ?? 0) + 1);
  const rank = (column: string) => {
    const index = columnOrder.indexOf(column);
    return index < 0 ? columnOrder.length : index;
  };
  let best: string | null = null;
  for (const [column, count] of counts) {
    if (
      best === null ||
      count > counts.get(best)! ||
      (count === counts.get(best)! && (rank(column) - rank(best) || (column < best ? -1 : 1)) < 0)
    ) {
      best = column;
    }
  }
  return best;
}
