/**
 * Reading what a doc's writers stored, without trusting it. A doc holds whatever its
 * writers put there: through the UI, a buggy client, or an update made by hand with any
 * keys, types and sizes. Readers keep what their entity's schema accepts, skip the rest,
 * and count what they skipped, so the facilitator can be told (doc/audit.ts).
 */
import * as Y from 'yjs';

/** What a reader made of stored entries: the readable ones, and how many were not. */
export interface Readout<T> {
  readonly items: T[];
  readonly unreadable: number;
}

/**
 * Reads a map of nested maps (one per entity, keyed by id). An entry that is not a
 * Y.Map, or that `read` rejects, is skipped and counted.
 */
export function readEntries<T>(
  map: Y.Map<unknown> | Y.Map<Y.Map<unknown>>,
  read: (id: string, entry: Y.Map<unknown>) => T | null,
): Readout<T> {
  const items: T[] = [];
  let unreadable = 0;
  // The stored values are whatever a writer put there, whatever the map's declared type.
  (map as Y.Map<unknown>).forEach((entry, id) => {
    const item = entry instanceof Y.Map ? read(id, entry as Y.Map<unknown>) : null;
    if (item === null) unreadable++;
    else items.push(item);
  });
  return { items, unreadable };
}

/** 1 when a value is stored under `key` but `isValid` rejects it, else 0. */
export function unreadableValue(
  map: Y.Map<unknown>,
  key: string,
  isValid: (value: unknown) => boolean,
): number {
  return map.has(key) && !isValid(map.get(key)) ? 1 : 0;
}
