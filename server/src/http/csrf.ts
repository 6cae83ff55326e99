/**
 * CSRF protection for cookie-authenticated changes, in one place. The browser sends the
 * session cookie with any request to this site, a forged one from another site included;
 * only our own pages can read the CSRF token (from `GET /api/me`) and send it back in the
 * `x-csrf-token` header. The token is an HMAC of the session id, so it needs no storage,
 * changes with every session, and cannot be computed without the HttpOnly cookie.
 *
 * `authorize()` applies {@link csrfPasses} to every non-GET route when the principal came
 * from the cookie. Bearer-token callers are not browsers carrying ambient credentials and
 * are not checked.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '@hindsight/shared';

/** Methods that change nothing (RFC 9110 safe methods): no token needed. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('hindsight csrf v1').digest('base64url');
}

export function needsCsrf(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** True when the request carries the CSRF token of the session whose token is given. */
export function csrfPasses(request: FastifyRequest, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
