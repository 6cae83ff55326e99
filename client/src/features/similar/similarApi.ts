/**
 * Past postmortems like this one, over REST with the signed-in session's cookie
 * (`GET /api/postmortems/:id/similar`). A board opened from a link has no session: the
 * server refuses, and the page shows nothing rather than an error.
 */
import {
  SimilarPostmortemsResponseSchema,
  type SimilarPostmortemsResponse,
} from '@hindsight/shared';
import { ApiRequestError, request } from '../../lib/http.ts';

/** The similar postmortems, or null when this person may not read the workspace. */
export async function fetchSimilar(
  boardId: string,
  signal: AbortSignal,
): Promise<SimilarPostmortemsResponse | null> {
  try {
    return await request(
      `/api/postmortems/${encodeURIComponent(boardId)}/similar`,
      { cache: 'no-store', signal },
      SimilarPostmortemsResponseSchema,
    );
  } catch (error) {
    if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403))
      return null;
    throw error;
  }
}
