/**
 * The relying party against a real provider in-process (test/support/oidcProvider.ts):
 * discovery, retried until the issuer answers, and the code flow with PKCE, state and
 * nonce. Sign-in decisions and sessions are the route's (test/oidc.test.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Fastify from 'fastify';
import { CookieJar } from '../../../test/support/cookieJar.ts';
import {
  startOidcProvider,
  TEST_PASSWORD,
  type TestProvider,
} from '../../../test/support/oidcProvider.ts';
import type { OidcConfig } from './config.ts';
import { ssoClient, SsoFlowError, type SsoClient } from './client.ts';

const REDIRECT = 'http://127.0.0.1:9/api/auth/oidc/callback';
const ALICE = { id: 'alice-sub', email: 'Alice@Example.com', emailVerified: true, name: 'Alice' };
const silent = Fastify({ logger: false }).log;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function setUp(): Promise<{ provider: TestProvider; client: SsoClient }> {
  const provider = await startOidcProvider([ALICE]);
  cleanups.push(() => provider.stop());
  const registered = provider.registerClient();
  registered.allowRedirect(REDIRECT);
  const settings: OidcConfig = {
    issuer: new URL(provider.issuer),
    clientId: registered.clientId,
    clientSecret: registered.clientSecret,
    allowedDomains: [],
    defaultRole: 'member',
  };
  const client = ssoClient(settings, silent, { retryMs: 10 });
  cleanups.push(() => client.close());
  await vi.waitFor(() => expect(client.available()).toBe(true), { timeout: 30_000 });
  return { provider, client };
}

/** Signs in at the provider as `email` and returns the query the browser brings back. */
async function signInAt(authorizationUrl: string, email: string): Promise<URLSearchParams> {
  const jar = new CookieJar();
  const toCallback = (url: URL) => url.href.startsWith(REDIRECT);
  const login = await jar.follow(authorizationUrl, {}, toCallback);
  const form = login.hops.at(-1)?.url ?? '';
  const back = await jar.follow(
    `${form}/login`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password: TEST_PASSWORD }).toString(),
    },
    toCallback,
  );
  if (!back.stoppedAt) throw new Error(`did not come back: ${JSON.stringify(back.hops)}`);
  return new URL(back.stoppedAt).searchParams;
}

describe('ssoClient', () => {
  it('runs the code flow with PKCE (S256), state and nonce, and reads the verified email', async () => {
    const { client } = await setUp();
    const begun = await client.begin(REDIRECT, Date.now());
    if (!begun) throw new Error('not available');
    const url = new URL(begun.url);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(begun.flow.state);
    expect(url.searchParams.get('nonce')).toBe(begun.flow.nonce);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT);

    const query = await signInAt(begun.url, ALICE.email);
    const claims = await client.finish(query, begun.flow);
    expect(claims).toEqual({
      subject: 'alice-sub',
      email: 'Alice@Example.com',
      emailVerified: true,
      name: 'Alice',
    });
  });

  it('refuses a code brought back with another flow (its verifier and nonce do not match)', async () => {
    const { client } = await setUp();
    const first = await client.begin(REDIRECT, Date.now());
    const second = await client.begin(REDIRECT, Date.now());
    if (!first || !second) throw new Error('not available');
    const query = await signInAt(first.url, ALICE.email);
    // Same state, so only PKCE and the nonce can tell.
    const error = await client
      .finish(query, { ...second.flow, state: first.flow.state })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SsoFlowError);
  });

  it('is unavailable while the issuer does not answer, and tries again until it does', async () => {
    const provider = await startOidcProvider([ALICE]);
    cleanups.push(() => provider.stop());
    provider.setReachable(false);
    const registered = provider.registerClient();
    const client = ssoClient(
      {
        issuer: new URL(provider.issuer),
        clientId: registered.clientId,
        clientSecret: registered.clientSecret,
        allowedDomains: [],
        defaultRole: 'member',
      },
      silent,
      { retryMs: 10 },
    );
    cleanups.push(() => client.close());
    expect(client.available()).toBe(false);
    expect(await client.begin(REDIRECT, Date.now())).toBeNull();
    provider.setReachable(true);
    await vi.waitFor(() => expect(client.available()).toBe(true), { timeout: 30_000 });
  });
});
