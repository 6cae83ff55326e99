/**
 * The one place workspace routes learn who is asking and check the rule table
 * (`may` in shared/workspace/permissions.ts): `{ preHandler: authorize(app, 'boards.create') }`.
 * No credentials answer 401; credentials that do not allow the action answer 403.
 */
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify';
import { may, type TokenScope, type WorkspaceAction } from '@hindsight/shared';
import { sendError } from './apiError.ts';
import { bearerToken } from './boardAccess.ts';

/** Who is asking, with what the routes need to know about them. */
export type RequestPrincipal =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'token'; readonly scope: TokenScope; readonly tokenId: string };

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

/** The principal behind a request, or the reason its credentials are refused. */
export async function principalOf(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<{ ok: true; principal: RequestPrincipal } | { ok: false; message: string }> {
  const bearer = bearerToken(request);
  if (bearer === undefined) return { ok: true, principal: ANONYMOUS };
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
