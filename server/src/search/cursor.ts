/**
 * The library's page cursors, opaque to clients: a position after the last postmortem of
 * a page, by the order the page was in. `d.<incident ms>.<id>` in a list (newest first),
 * `r.<score>.<id>` in ranked search results (best first). Keyset, not offset: a page
 * costs the same however deep it is. Pure.
 */
import type { ListPosition, SearchPosition } from './searchIndex.ts';

export type PageCursor =
  | { readonly kind: 'list'; readonly after: ListPosition }
  | { readonly kind: 'search'; readonly after: SearchPosition };

export function cursorOf(cursor: PageCursor): string {
  return cursor.kind === 'list'
    ? `d.${cursor.after.incidentAt}.${cursor.after.id}`
    : `r.${cursor.after.score}.${cursor.after.id}`;
}

/** The position a cursor names; null when it is not one this server gave. */
export function parseCursor(text: string): PageCursor | null {
  const first = text.indexOf('.');
  const last = text.lastIndexOf('.');
  if (first < 0 || last <= first) return null;
  const kind = text.slice(0, first);
  const keyText = text.slice(first + 1, last);
  const key = Number(keyText);
  const id = text.slice(last + 1);
  if (keyText === '' || !Number.isFinite(key) || id === '') return null;
  if (kind === 'd') return { kind: 'list', after: { incidentAt: key, id } };
  if (kind === 'r') return { kind: 'search', after: { score: key, id } };
  return null;
}
