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

/** Views a board link may ask for in its fragment (`#token=…&view=survey`). */
export const LINK_VIEWS = ['survey'] as const;
export type LinkView = (typeof LINK_VIEWS)[number];

/** The view a board link's fragment asks for, or null for the board itself. */
export function viewFromHash(hash: string): LinkView | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('view');
  return (LINK_VIEWS as readonly string[]).includes(value ?? '') ? (value as LinkView) : null;
}

/**
 * The survey link: the participant link with `view=survey` in the fragment. Invitees
 * who open it before the meeting leave notes and timeline suggestions; the token (and so
 * what they may write) is the participant's.
 */
export function surveyLink(participantLink: string): string {
  const [base = '', fragment = ''] = participantLink.split('#', 2);
  const params = new URLSearchParams(fragment);
  params.set('view', 'survey');
  return `${base}#${params.toString()}`;
}
