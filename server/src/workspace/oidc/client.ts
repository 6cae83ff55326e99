/**
 * The relying party, through `openid-client` (a certified OpenID Connect client): the
 * provider's discovery document read at start, and again until it answers when the
 * issuer cannot be reached (the server starts all the same, and the sign-in page says
 * SSO is unavailable meanwhile); then the authorization code flow with PKCE (S256),
 * state and nonce, the ID token checked by the library (signature, issuer, audience,
 * expiry, nonce).
 */
import * as oidc from 'openid-client';
import type { FastifyBaseLogger } from 'fastify';
import type { OidcConfig } from './config.ts';
import type { Flow } from './flow.ts';
import type { SsoClaims } from './rules.ts';

/** The first wait before discovery is tried again, ms; it doubles up to the maximum. */
export const DISCOVERY_RETRY_MS = 1_000;
export const DISCOVERY_RETRY_MAX_MS = 60_000;
/** How long one request to the provider may take, seconds. */
const PROVIDER_TIMEOUT_S = 10;

/** Why finishing a flow failed, when the provider or the check of its answer said so. */
export class SsoFlowError extends Error {
  override readonly name = 'SsoFlowError';
  constructor(
    readonly reason: 'denied' | 'state' | 'nonce' | 'failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface SsoClient {
  /** True once the provider's discovery document has been read. */
  available(): boolean;
  /** A new flow and the provider's URL to send the browser to; null while unavailable. */
  begin(redirectUri: string, now: number): Promise<{ url: string; flow: Flow } | null>;
  /** Exchanges the code the browser came back with; throws {@link SsoFlowError}. */
  finish(callbackQuery: URLSearchParams, flow: Flow): Promise<SsoClaims>;
  /** Stops retrying discovery. */
  close(): void;
}

export interface SsoClientOptions {
  /** The first wait before discovery is tried again, ms; tests shorten it. */
  readonly retryMs?: number;
}

export function ssoClient(
  settings: OidcConfig,
  log: FastifyBaseLogger,
  { retryMs = DISCOVERY_RETRY_MS }: SsoClientOptions = {},
): SsoClient {
  let configuration: oidc.Configuration | null = null;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const insecure = settings.issuer.protocol === 'http:';

  async function discover(wait: number): Promise<void> {
    try {
      configuration = await oidc.discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        {
          timeout: PROVIDER_TIMEOUT_S,
          ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
        },
      );
      log.info({ issuer: settings.issuer.href }, 'SSO is available: the issuer answered');
    } catch (err) {
      if (closed) return;
      log.error(
        { issuer: settings.issuer.href, err: errorSummary(err), retryInMs: wait },
        'SSO is unavailable: the OpenID Connect issuer could not be reached or its discovery document is not valid; trying again',
      );
      timer = setTimeout(() => void discover(Math.min(wait * 2, DISCOVERY_RETRY_MAX_MS)), wait);
      timer.unref();
    }
  }
  void discover(retryMs);

  return {
    available: () => configuration !== null,
    async begin(redirectUri, now) {
      if (!configuration) return null;
      const flow: Flow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
        redirectUri,
        at: now,
      };
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: 'openid email profile',
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, flow };
    },
    async finish(query, flow) {
      if (!configuration) throw new SsoFlowError('failed', 'SSO is unavailable');
      if (query.has('error')) {
        const error = query.get('error');
        throw new SsoFlowError(
          error === 'access_denied' ? 'denied' : 'failed',
          `the provider answered ${error}`,
        );
      }
      // The library checks the state too; checking it first names the failure.
      if (query.get('state') !== flow.state) {
        throw new SsoFlowError('state', 'the state does not match the flow');
      }
      const currentUrl = new URL(flow.redirectUri);
      for (const [key, value] of query) currentUrl.searchParams.append(key, value);
      let tokens;
      try {
        tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
      } catch (err) {
        throw new SsoFlowError(
          isNonceMismatch(err) ? 'nonce' : 'failed',
          `the code could not be exchanged: ${errorSummary(err)}`,
          { cause: err },
        );
      }
      const idToken = tokens.claims();
      if (!idToken) throw new SsoFlowError('failed', 'the provider sent no ID token');
      let claims: Record<string, unknown> = idToken;
      // Providers that send the email in userinfo only (the ID token kept small).
      if (typeof idToken.email !== 'string') {
        try {
          claims = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        } catch (err) {
          throw new SsoFlowError('failed', `userinfo failed: ${errorSummary(err)}`, {
            cause: err,
          });
        }
      }
      return {
        subject: idToken.sub,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        // true, or the string "true" that some providers send; anything else is unverified.
        emailVerified: claims.email_verified === true || claims.email_verified === 'true',
        name: typeof claims.name === 'string' ? claims.name : undefined,
      };
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}

/**
 * True when the ID token's nonce was not the flow's: openid-client wraps oauth4webapi's
 * error, whose cause names the claim.
 */
function isNonceMismatch(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; depth < 4 && typeof e === 'object' && e; depth++) {
    if ('claim' in e && e.claim === 'nonce') return true;
    e = 'cause' in e ? e.cause : undefined;
  }
  return false;
}

/** A failure in one line for the log: no stack, no tokens. */
function errorSummary(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`;
}
