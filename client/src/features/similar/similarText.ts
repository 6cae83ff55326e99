/** Words for the similar-incidents panel. Pure. */

/** "All 3 actions done", "1 of 4 actions done", "No actions". */
export function actionsDone({ total, done }: { total: number; done: number }): string {
  if (total === 0) return 'No actions';
  const noun = total === 1 ? 'action' : 'actions';
  if (done >= total) return `All ${total} ${noun} done`;
  return `${done} of ${total} ${noun} done`;
}

/** Whether the actions were all done, some, or none were taken: the badge's tone. */
export function actionsTone({
  total,
  done,
}: {
  total: number;
  done: number;
}): 'done' | 'open' | 'none' {
  if (total === 0) return 'none';
  return done >= total ? 'done' : 'open';
}

/** "Shares checkout-api, connection pool and timeout." */
export function whyPicked(terms: readonly string[]): string {
  if (terms.length === 0) return 'Similar wording.';
  if (terms.length === 1) return `Shares ${terms[0]}.`;
  return `Shares ${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]}.`;
}
