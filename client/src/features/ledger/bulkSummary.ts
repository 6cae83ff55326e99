/**
 * What a bulk change on the ledger tells: how many actions changed, how many the server
 * refused, and for each refused one its title and the server's reason, so a person
 * changing a mix of their own and others' actions sees which ones stayed and why.
 */

/** One action the server did not change. */
export interface Refusal {
  readonly title: string;
  readonly why: string;
}

export function bulkSummary(changed: number, refused: readonly Refusal[]): string {
  const head = `${changed} changed`;
  if (refused.length === 0) return `${head}.`;
  const list = refused.map((r) => `“${r.title}”: ${r.why.replace(/\.$/, '')}`).join('; ');
  return `${head}, ${refused.length} refused: ${list}.`;
}
