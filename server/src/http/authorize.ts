/**
 * The one place workspace routes learn who is asking and check the rule table
 * (`may` in shared/workspace/permissions.ts): `{ preHandler: authorize(app, 'boards.create') }`.
 * A bearer API token is used when sent; otherwise the session cookie. No credentials
 * answer 401; credentials that do not allow the action answer 403; a change made with the
 * cookie but without the session's CSRF token answers 403 (http/csrf.ts).
 */
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify';
import { may, type TokenScope, type WorkspaceAction, type WorkspaceRole } from '@hindsight/shared';
import { sendError } from './apiError.ts';
import { bearerToken } from './boardAccess.ts';
import { csrfPasses, needsCsrf } from './csrf.ts';

/** Who is asking, with what the routes need to know about them. */
export type RequestPrincipal =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'token'; readonly scope: TokenScope; readonly tokenId: string }
  | {
      readonly kind: 'person';
      readonly personId: string;
      readonly role: WorkspaceRole;
      readonly sessionId: string;
    };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by {@link authorize} before the handler runs. */
    principal: RequestPrincipal;
  }
}

const ANONYMOUS: RequestPrincipal = { kind: 'anonymous' };

const TOKEN_REFUSED = {
  unknown: 'This API token is not valid.',
  expired: 'This API token has expired.',
  revoked: 'This API token was revoked.',
} as const;

type Resolved =
  { ok: true; principal: RequestPrincipal; sessionToken?: string } | { ok: false; message: string };

/**
 * The principal behind a request, or the reason its credentials are refused. A session
 * cookie that names no live session (signed out, expired, its person deactivated) is as
 * good as none: the caller is anonymous.
 */
export async function principalOf(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<Resolved> {
  const bearer = bearerToken(request);
  if (bearer === undefined) {
    const live = await app.workspace.sessions.fromRequest(request);
    if (!live) return { ok: true, principal: ANONYMOUS };
    const { person, session, token } = live;
    return {
      ok: true,
      principal: { kind: 'person', personId: person.id, role: person.role, sessionId: session.id },
      sessionToken: token,
    };
  }
  const check = await app.workspace.tokens.authenticate(bearer);
  if (!check.ok) return { ok: false, message: TOKEN_REFUSED[check.reason] };
  return {
    ok: true,
    principal: { kind: 'token', scope: check.record.scope, tokenId: check.record.id },
  };
}

export function authorize(
  app: FastifyInstance,
  action: WorkspaceAction,
): preHandlerAsyncHookHandler {
  return async function checkAuthorized(request: FastifyRequest, reply: FastifyReply) {
    const resolved = await principalOf(app, request);
    if (!resolved.ok) {
      return sendError(reply, 401, { error: 'unauthorized', message: resolved.message });
    }
    if (
      resolved.sessionToken !== undefined &&
      needsCsrf(request.method) &&
      !csrfPasses(request, resolved.sessionToken)
    ) {
      return sendError(reply, 403, {
        error: 'csrf',
        message: 'This change did not come from a Hindsight page. Reload the page and try again.',
      });
    }
    request.principal = resolved.principal;
    if (may(resolved.principal, action)) return;
    if (resolved.principal.kind === 'anonymous') {
      return sendError(reply, 401, {
        error: 'unauthorized',
        message: 'Sign in to the workspace, or send an API token.',
      });
    }
    return sendError(reply, 403, {
      error: 'forbidden',
      message: 'Your role in the workspace does not allow this.',
    });
  };
}
