/**
 * The workspace's boards over REST: the home page's list (`GET /api/boards`) and opening a
 * board without its links (`POST /api/boards/:id/access`), which answers the board's page
 * with a token bound to this browser's session in its fragment.
 */
import {
  BoardAccessResponseSchema,
  BoardListResponseSchema,
  type BoardAccessResponse,
  type BoardListResponse,
  type Role,
} from '@hindsight/shared';
import { request } from './http.ts';
import { withCsrf } from './session.ts';

/** One page of the workspace's boards, newest first; `after` is the page before's `next`. */
export function fetchBoards(
  after: string | null,
  signal?: AbortSignal,
): Promise<BoardListResponse> {
  const query = after === null ? '' : `?after=${encodeURIComponent(after)}`;
  return request(
    `/api/boards${query}`,
    { cache: 'no-store', signal: signal ?? null },
    BoardListResponseSchema,
  );
}

/** Access to a board as `role`, as the person's workspace role allows. */
export function openBoard(id: string, role: Role): Promise<BoardAccessResponse> {
  return request(
    `/api/boards/${encodeURIComponent(id)}/access`,
    withCsrf({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role }),
    }),
    BoardAccessResponseSchema,
  );
}
