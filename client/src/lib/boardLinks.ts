/** Board links as the browser uses them: in-app paths and the links people share. */
import { boardPath } from '@hindsight/shared';

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
