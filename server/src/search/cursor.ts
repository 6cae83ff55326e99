/**
 * The library's page cursors, opaque to clients: the order a page was in, and the
 * position after its last postmortem in that order (the sort keys and the id), as
 * base64url JSON. Keyset, not offset: a page costs the same however deep it is. A cursor
 * is checked against the order it is used with, so a page never continues another
 * order's. Pure.
 */
import { z } from 'zod';
import { BoardIdSchema, POSTMORTEM_SORTS, type PostmortemSort } from '@hindsight/shared';
import { SORT_SPECS, TEXT_KEYS, type SortPosition } from './sorts.ts';

export interface PageCursor {
  readonly sort: PostmortemSort;
  readonly after: SortPosition;
}

const WireSchema = z.tuple([
  z.enum(POSTMORTEM_SORTS),
  z.array(z.union([z.number(), z.string().max(1000)])).max(3),
  BoardIdSchema,
]);

export function cursorOf(cursor: PageCursor): string {
  const wire = [cursor.sort, cursor.after.keys, cursor.after.id];
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

/** Whether `keys` are what a position in `sort` holds: its columns' kinds, in order. */
function keysFit(sort: PostmortemSort, keys: readonly (number | string)[]): boolean {
  if (sort === 'relevance') return keys.length === 1 && typeof keys[0] === 'number';
  const { columns } = SORT_SPECS[sort];
  return (
    keys.length === columns.length &&
    columns.every((c, i) =>
      TEXT_KEYS.has(c) ? typeof keys[i] === 'string' : Number.isSafeInteger(keys[i]),
    )
  );
}

/** The position a cursor names; null when it is not one this server gave. */
export function parseCursor(text: string): PageCursor | null {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const wire = WireSchema.safeParse(json);
  if (!wire.success) return null;
  const [sort, keys, id] = wire.data;
  return keysFit(sort, keys) ? { sort, after: { keys, id } } : null;
}
