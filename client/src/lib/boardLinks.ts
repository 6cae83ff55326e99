/** Board links as the browser uses them: in-app paths and the links people share. */
import { boardLink, boardPath, type CreateBoardResponse, type Role } from '@hindsight/shared';

/**
 * The in-app location (path and fragment) of a link the server returned, so the app
 * navigates without a page load. Falls back to building it from the id and token.
 */
export function inAppLocation(link: string, boardId: string, token: string): string {
  try {
    const url = new URL(link);
    if (url.pathname === boardPath(boardId) && url.hash) return `${url.pathname}${url.hash}`;
  } catch {
    // not a URL: fall through
  }
  return `${boardPath(boardId)}#token=${encodeURIComponent(token)}`;
}

/**
 * The links to share, rebuilt on the origin the facilitator is using (the server may see
 * another host name behind a proxy).
 */
export function shareLinks(
  origin: string,
  board: Pick<CreateBoardResponse, 'id' | 'tokens'>,
): Record<Role, string> {
  return {
    facilitator: boardLink(origin, board.id, board.tokens.facilitator),
    participant: boardLink(origin, board.id, board.tokens.participant),
    observer: boardLink(origin, board.id, board.tokens.observer),
  };
}
