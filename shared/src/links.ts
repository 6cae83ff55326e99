/**
 * Board links. The token travels in the URL fragment: browsers never send a fragment to
 * the server, so it stays out of access logs, proxies and Referer headers.
 */
/** Path of the board page. */
export function boardPath(boardId: string): string {
  return `/b/${boardId}`;
}

/** The link that opens a board with a role's token. */
export function boardLink(origin: string, boardId: string, token: string): string {
  return `${origin.replace(/\/$/, '')}${boardPath(boardId)}#token=${encodeURIComponent(token)}`;
}

/** The token in a board link's fragment, or null. */
export function tokenFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return value && value.length > 0 ? value : null;
}
