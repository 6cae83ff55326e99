/**
 * The session cookie: `HttpOnly; SameSite=Lax; Path=/`, and `Secure` when PUBLIC_URL is
 * https or the request itself came over https (directly, or per X-Forwarded-Proto from a
 * proxy trusted with TRUST_PROXY — Fastify's `request.protocol`). No Max-Age: the server
 * decides when a session ends (workspace/sessions.ts), and the browser drops the cookie
 * when it closes, or when the server clears it.
 *
 * Sign-in always makes a new session with a new id, and ends the one the browser came
 * with: an id planted in a browser before sign-in is never signed in (no fixation).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRecord } from '../storage/workspaceStore.ts';
import type { PersonChanges } from '../workspace/personChanges.ts';
import type { LiveSession, Sessions } from '../workspace/sessions.ts';
import { csrfTokenFor } from './csrf.ts';

export const SESSION_COOKIE = 'hindsight_session';

/** The session token the request's cookie carries, if any. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return value && value.length <= 128 ? value : undefined;
}

export interface WorkspaceSessions {
  /** Signs a person in: a new session, its cookie set, the browser's previous session ended. */
  startSession(
    reply: FastifyReply,
    personId: string,
  ): Promise<{ session: SessionRecord; csrfToken: string }>;
  /** Signs the request's browser out: its session ended, its cookie cleared. */
  endSession(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Ends every session of a person (sign out everywhere, deactivation). */
  endAllSessions(personId: string): Promise<number>;
  /** The live session the request's cookie names, with its token, or null. */
  fromRequest(request: FastifyRequest): Promise<(LiveSession & { token: string }) | null>;
}

export function workspaceSessions(
  sessions: Sessions,
  publicUrl: string | undefined,
  changes?: PersonChanges,
): WorkspaceSessions {
  const secure = (request: FastifyRequest) =>
    publicUrl?.startsWith('https:') === true || request.protocol === 'https';
  const cookieOptions = (request: FastifyRequest) =>
    ({ httpOnly: true, sameSite: 'lax', path: '/', secure: secure(request) }) as const;

  return {
    async startSession(reply, personId) {
      const previous = sessionToken(reply.request);
      if (previous !== undefined) await sessions.end(previous);
      const { token, session } = await sessions.create(personId);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(reply.request));
      return { session, csrfToken: csrfTokenFor(token) };
    },
    async endSession(request, reply) {
      const token = sessionToken(request);
      const live = token === undefined ? null : await sessions.resolve(token);
      if (token !== undefined) await sessions.end(token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
      if (live) changes?.emit(live.person.id);
    },
    async endAllSessions(personId) {
      const ended = await sessions.endAll(personId);
      changes?.emit(personId);
      return ended;
    },
    async fromRequest(request) {
      const token = sessionToken(request);
      if (token === undefined) return null;
      const live = await sessions.resolve(token);
      return live && { ...live, token };
    },
  };
}
