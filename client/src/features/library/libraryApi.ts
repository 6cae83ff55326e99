/**
 * The library over REST, with the signed-in session's cookie: one page of postmortems
 * (`GET /api/postmortems`) for a view of the library and a page cursor.
 */
import { PostmortemListResponseSchema, type PostmortemListResponse } from '@hindsight/shared';
import { request } from '../../lib/http.ts';
import { FILTER_KEYS, type LibraryView } from './libraryView.ts';

/** The API's query string for a view: its query, filters and order, and the page to start at. */
export function listQuery(view: LibraryView, cursor: string | null): string {
  const params = new URLSearchParams();
  if (view.q !== '') params.set('q', view.q);
  for (const key of FILTER_KEYS) if (view[key] !== '') params.set(key, view[key]);
  if (view.sort !== '') params.set('sort', view.sort);
  if (cursor !== null) params.set('cursor', cursor);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** One page of the postmortems `view` shows; `cursor` is the page before's `nextCursor`. */
export function fetchPostmortems(
  view: LibraryView,
  cursor: string | null,
  signal: AbortSignal,
): Promise<PostmortemListResponse> {
  return request(
    `/api/postmortems${listQuery(view, cursor)}`,
    { cache: 'no-store', signal },
    PostmortemListResponseSchema,
  );
}
