/**
 * Whether an update would change a doc, told without applying it: a room that cannot store
 * refuses the updates that add something and lets the others (a returning client's sync
 * step 2 that holds nothing new) through.
 */
import * as Y from 'yjs';

interface Range {
  readonly clock: number;
  readonly len: number;
}

/** True when sorted, merged `ranges` cover every clock in [from, to). */
function covers(ranges: readonly Range[], from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    // The last range that starts at or before `at`.
    let lo = 0;
    let hi = ranges.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.clock <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const range = found >= 0 ? ranges[found]! : undefined;
    if (!range || range.clock + range.len <= at) return false;
    at = range.clock + range.len;
  }
  return true;
}

/** True when `structs` (of a decoded update) hold an item that `doc` does not have yet. */
export function addsItems(doc: Y.Doc, structs: readonly (Y.Item | Y.GC | Y.Skip)[]): boolean {
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  return false;
}

/** True when applying `update` (v1) to `doc` would add an item or delete one not yet deleted. */
export function changesDoc(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  if (addsItems(doc, structs)) return true;
  if (ds.clients.size === 0) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const known = deleted.clients.get(client) ?? [];
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      // Deleting what the doc does not have yet waits in the doc: a change too.
      if (clock + len > state || !covers(known, clock, clock + len)) return true;
    }
  }
  return false;
}
