/**
 * Single sign-on through the OpenID Connect provider (workspace/oidc/):
 *
 * - `GET /api/oidc`: whether the sign-in page offers SSO, and whether it works now;
 * - `GET /api/oidc/start`: a new flow sealed in a cookie, and off to the provider;
 * - `GET /api/oidc/callback`: back from the provider; the flow checked, the person found,
 *   linked or created, a session started, and home.
 *
 * Used before sign-in, so not behind `authorize()`: the start only sends the browser to
 * the provider, and the callback is protected by the flow it began — state, nonce and
 * PKCE verifier in an HttpOnly cookie sealed by this server, only ever sent to the
 * callback — so a code from another browser's flow (login CSRF) cannot sign anyone in.
 * Every failure ends on the sign-in page with a code its message is shown for.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  SSO_CALLBACK_PATH,
  SSO_ERROR_PARAM,
  SSO_START_PATH,
  type SsoError,
  type SsoStatus,
} from '@hindsight/shared';
import { sendError } from '../http/apiError.ts';
import { SsoFlowError } from '../workspace/oidc/client.ts';
import { FLOW_TTL_MS } from '../workspace/oidc/flow.ts';
import { ssoSignIn } from '../workspace/oidc/signIn.ts';

export interface OidcRoutesOptions {
  /** Origin of the redirect URI; the request's own origin when undefined. */
  readonly publicUrl: string | undefined;
}

/** The cookie that carries a sign-in flow, sealed (flow.ts). */
export const FLOW_COOKIE = 'hindsight_sso_flow';

/** Flows one address may start or finish per minute: plenty for people, little for a script. */
const FLOW_RATE = { max: 30, timeWindow: '1 minute' };

/** Where sign-ins end: the sign-in page. */
const SIGN_IN_PAGE = '/';

const oidcRoutes: FastifyPluginAsync<OidcRoutesOptions> = async (app, { publicUrl }) => {
  const origin = (request: FastifyRequest) => publicUrl ?? `${request.protocol}://${request.host}`;
  const cookieOptions = (request: FastifyRequest) =>
    ({
      httpOnly: true,
      sameSite: 'lax',
      path: SSO_CALLBACK_PATH,
      secure: origin(request).startsWith('https:'),
    }) as const;
  const toSignIn = (reply: FastifyReply, error: SsoError) =>
    reply.redirect(`${SIGN_IN_PAGE}?${SSO_ERROR_PARAM}=${error}`, 302);
  const notConfigured = (reply: FastifyReply) =>
    sendError(reply, 404, {
      error: 'not_found',
      message: 'Single sign-on is not configured on this server.',
    });

  app.get('/api/oidc', async () => {
    const body: SsoStatus = {
      enabled: app.sso !== null,
      available: app.sso?.client.available() ?? false,
    };
    return body;
  });

  app.get(SSO_START_PATH, { config: { rateLimit: FLOW_RATE } }, async (request, reply) => {
    const sso = app.sso;
    if (!sso) return notConfigured(reply);
    const begun = await sso.client.begin(`${origin(request)}${SSO_CALLBACK_PATH}`, Date.now());
    if (!begun) return toSignIn(reply, 'unavailable');
    reply.setCookie(FLOW_COOKIE, sso.seal.seal(begun.flow), {
      ...cookieOptions(request),
      maxAge: FLOW_TTL_MS / 1000,
    });
    return reply.redirect(begun.url, 302);
  });

  app.get(SSO_CALLBACK_PATH, { config: { rateLimit: FLOW_RATE } }, async (request, reply) => {
    const sso = app.sso;
    if (!sso) return notConfigured(reply);
    const opened = sso.seal.open(request.cookies[FLOW_COOKIE], Date.now());
    // A flow is used once, whatever comes of it.
    reply.clearCookie(FLOW_COOKIE, cookieOptions(request));
    if (!opened.ok) {
      request.log.info({ reason: opened.reason }, 'SSO sign-in refused: no usable flow');
      return toSignIn(reply, 'expired');
    }
    try {
      const query = new URL(request.url, 'http://callback').searchParams;
      const claims = await sso.client.finish(query, opened.flow);
      const result = await ssoSignIn(
        {
          store: app.workspace.store,
          people: app.workspace.people,
          issuer: sso.settings.issuer.href,
          allowedDomains: sso.settings.allowedDomains,
          defaultRole: sso.settings.defaultRole,
          now: Date.now,
        },
        claims,
      );
      if (!result.ok) {
        request.log.info({ reason: result.reason }, 'SSO sign-in refused');
        return toSignIn(reply, result.reason);
      }
      await app.workspace.sessions.startSession(reply, result.personId);
      request.log.info({ person: result.personId, created: result.created }, 'SSO sign-in');
      return reply.redirect('/', 302);
    } catch (err) {
      if (err instanceof SsoFlowError) {
        request.log.info({ reason: err.reason, detail: err.message }, 'SSO sign-in refused');
        return toSignIn(reply, err.reason);
      }
      request.log.error({ err }, 'SSO sign-in failed');
      return toSignIn(reply, 'failed');
    }
  });
};

export default oidcRoutes;
