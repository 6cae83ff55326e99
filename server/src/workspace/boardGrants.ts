/**
 * Opening a board from the workspace pages, without its links: the server hands the
 * browser a grant that stands where a link's token would (`#token=` in the page, the
 * `token` of the sync socket, the bearer of the board's REST calls). A grant is an HMAC
 * keyed by the session's cookie token over the board and the role, so it needs no storage,
 * is worth nothing without that browser's HttpOnly cookie, and ends with the session. The
 * person's role is checked again at each use (boards plugin), and open sockets are closed
 * when it changes (plugins/workspaceAccess.ts).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@hindsight/shared';

/** Grants start so; link tokens are base64url and never hold a dot. */
const PREFIX = 'w1.';

function signature(sessionToken: string, boardId: string, role: Role): string {
  return createHmac('sha256', sessionToken)
    .update(`hindsight board access v1\0${boardId}\0${role}`)
    .digest('base64url');
}

/** The grant for a session's browser to open `boardId` as `role`. */
export function boardGrant(sessionToken: string, boardId: string, role: Role): string {
  return `${PREFIX}${role}.${signature(sessionToken, boardId, role)}`;
}

/** True for a token shaped as a grant (it may still be forged). */
export function isBoardGrant(token: string): boolean {
  return token.startsWith(PREFIX);
}

/** The role a grant names when it was made for this session and board, else null. */
export function grantedRole(token: string, sessionToken: string, boardId: string): Role | null {
  const [role, sig] = token.slice(PREFIX.length).split('.', 2);
  const known = ROLES.find((r) => r === role);
  if (!known || sig === undefined) return null;
  const expected = Buffer.from(signature(sessionToken, boardId, known));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? known : null;
}
