/**
 * Single sign-on end to end over HTTP: a real Hindsight server on port 0, a real OpenID
 * provider in-process (support/oidcProvider.ts), and a cookie jar that follows the
 * redirects as a browser does. Each test names the rule of docs/SECURITY.md it checks.
 */
import { describe, expect, it, vi } from 'vitest';
import { MeResponseSchema, SSO_CALLBACK_PATH, SSO_START_PATH } from '@hindsight/shared';
import { FLOW_COOKIE } from '../src/routes/oidc.ts';
import { testContext, WAIT_MS, type TestServer } from './helpers.ts';
import { CookieJar } from './support/cookieJar.ts';
import {
  startOidcProvider,
  TEST_PASSWORD,
  type TestProvider,
  type TestUser,
} from './support/oidcProvider.ts';

const t = testContext();

const ANA: TestUser = { id: 'sub-ana', email: 'Ana@Example.com', emailVerified: true, name: 'Ana' };
const BEN: TestUser = {
  id: 'sub-ben',
  email: 'ben@example.com',
  emailVerified: false,
  name: 'Ben',
};
const OLA: TestUser = {
  id: 'sub-ola',
  email: 'ola@elsewhere.org',
  emailVerified: true,
  name: 'Ola',
};

/** Waits until the server has read the provider's discovery document. */
async function untilAvailable(server: TestServer): Promise<void> {
  await vi.waitFor(() => expect(server.app.sso?.client.available()).toBe(true), {
    timeout: WAIT_MS,
  });
}

interface World {
  readonly provider: TestProvider;
  readonly server: TestServer;
}

/**
 * A provider with the test users, and a server that signs in through it, once it has read
 * the provider's discovery document (unless the provider starts `down`).
 */
async function ssoWorld(env: Record<string, string> = {}, down = false): Promise<World> {
  const provider = await startOidcProvider([ANA, BEN, OLA]);
  t.defer(() => provider.stop());
  provider.setReachable(!down);
  const client = provider.registerClient();
  const server = await t.server({
    env: {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: client.clientId,
      OIDC_CLIENT_SECRET: client.clientSecret,
      ...env,
    },
    sso: { retryMs: 10 },
  });
  client.allowRedirect(`${server.url}${SSO_CALLBACK_PATH}`);
  if (!down) await untilAvailable(server);
  return { provider, server };
}

interface Attempt {
  readonly jar: CookieJar;
  /** Where the browser ended on Hindsight: `/` signed in, or `/?sso_error=...`. */
  readonly landed: URL;
}

/**
 * A browser signing in with SSO as `email`: "Sign in with SSO", the provider's login page,
 * and back. `tamper` changes the authorization request on its way to the provider;
 * `beforeLogin` runs while the person is on the provider's page.
 */
async function signInWithSso(
  { server }: World,
  email: string,
  options: {
    tamper?: (url: URL) => void;
    beforeLogin?: (jar: CookieJar) => void;
    cancel?: boolean;
    jar?: CookieJar;
    /** Stops before the callback: `landed` is then the URL the provider sent back to. */
    untilCallback?: boolean;
  } = {},
): Promise<Attempt> {
  const jar = options.jar ?? new CookieJar();
  const home = (url: URL) =>
    url.origin === server.url && url.pathname === (options.untilCallback ? SSO_CALLBACK_PATH : '/');
  const start = await jar.fetch(`${server.url}${SSO_START_PATH}`);
  expect(start.status).toBe(302);
  const authorization = new URL(start.headers.get('location') ?? '');
  options.tamper?.(authorization);
  const toLogin = await jar.follow(authorization.href, {}, home);
  expect(toLogin.response?.status).toBe(200);
  const loginPage = toLogin.hops.at(-1)?.url ?? '';
  options.beforeLogin?.(jar);
  const back = await jar.follow(
    options.cancel ? `${loginPage}/abort` : `${loginPage}/login`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password: TEST_PASSWORD }).toString(),
    },
    home,
  );
  if (!back.stoppedAt) throw new Error(`did not come back: ${JSON.stringify(back.hops)}`);
  return { jar, landed: new URL(back.stoppedAt) };
}

/** Who the jar's session is, by `GET /api/me`; null when it is not signed in. */
async function me(server: TestServer, jar: CookieJar) {
  const res = await jar.fetch(`${server.url}/api/me`);
  if (res.status === 401) return null;
  expect(res.status).toBe(200);
  return MeResponseSchema.parse(await res.json()).person;
}

/** Signs in as `email` and expects the sign-in page with `error`, and no session. */
async function expectRefused(
  world: World,
  email: string,
  error: string,
  options: Parameters<typeof signInWithSso>[2] = {},
): Promise<void> {
  const { jar, landed } = await signInWithSso(world, email, options);
  expect(landed.pathname).toBe('/');
  expect(landed.searchParams.get('sso_error')).toBe(error);
  expect(await me(world.server, jar)).toBeNull();
}

describe('SSO sign-in (OpenID Connect)', () => {
  it('sso.create: a first sign-in creates the person with the default role and signs them in', async () => {
    const world = await ssoWorld();
    const { jar, landed } = await signInWithSso(world, ANA.email);
    expect(landed.search).toBe('');
    expect(await me(world.server, jar)).toMatchObject({
      email: 'ana@example.com',
      name: 'Ana',
      role: 'member',
      deactivatedAt: null,
      // Nothing to change: the account menu offers no password change.
      hasPassword: false,
    });
    // The flow cookie is used once and cleared.
    expect(jar.get(new URL(world.server.url).host, FLOW_COOKIE)).toBeUndefined();
  });

  it('sso.subject: a second sign-in finds the same person by (issuer, subject)', async () => {
    const world = await ssoWorld();
    const first = await signInWithSso(world, ANA.email);
    const second = await signInWithSso(world, ANA.email);
    const a = await me(world.server, first.jar);
    const b = await me(world.server, second.jar);
    expect(b?.id).toBe(a?.id);
    expect(await world.server.app.workspace.people.list()).toHaveLength(1);
  });

  it('sso.link: an account with the same verified email is linked, not duplicated', async () => {
    const world = await ssoWorld();
    const local = await world.server.app.workspace.people.create({
      email: 'ana@example.com',
      name: 'Ana Local',
      role: 'admin',
    });
    const { jar } = await signInWithSso(world, ANA.email);
    expect(await me(world.server, jar)).toMatchObject({ id: local.id, role: 'admin' });
  });

  it('sso.link: an account linked to another subject at this issuer is never taken over', async () => {
    const world = await ssoWorld();
    const local = await world.server.app.workspace.people.create({
      email: 'ana@example.com',
      name: 'Ana',
      role: 'admin',
    });
    await world.server.app.workspace.store.createIdentity({
      issuer: world.server.app.sso?.settings.issuer.href ?? '',
      subject: 'an-older-subject',
      personId: local.id,
      createdAt: 1,
      lastSignInAt: 1,
    });
    await expectRefused(world, ANA.email, 'linked_elsewhere');
  });

  it('sso.csrf: a code from another browser’s flow signs no one in (login CSRF)', async () => {
    const world = await ssoWorld();
    // The attacker signs in at the provider as themselves and keeps the way back.
    const attacker = await signInWithSso(world, OLA.email, { untilCallback: true });
    expect(attacker.landed.searchParams.has('code')).toBe(true);
    // The victim's browser has a flow of its own when it is made to open it.
    const victim = new CookieJar();
    await victim.fetch(`${world.server.url}${SSO_START_PATH}`);
    const back = await victim.fetch(attacker.landed.href);
    expect(back.headers.get('location')).toBe('/?sso_error=state');
    expect(await me(world.server, victim)).toBeNull();
    expect(await world.server.app.workspace.people.list()).toHaveLength(0);
  });

  it('sso.cookie: the flow cookie is HttpOnly, SameSite=Lax, for the callback only, 10 minutes, Secure over https', async () => {
    const world = await ssoWorld({ PUBLIC_URL: 'https://hindsight.example' });
    const start = await fetch(`${world.server.url}${SSO_START_PATH}`, { redirect: 'manual' });
    const cookie = start.headers.getSetCookie().find((c) => c.startsWith(`${FLOW_COOKIE}=`));
    const attributes = cookie?.split('; ').slice(1).sort();
    expect(attributes).toEqual([
      'HttpOnly',
      'Max-Age=600',
      'Path=/api/oidc/callback',
      'SameSite=Lax',
      'Secure',
    ]);
    // The redirect URI is PUBLIC_URL's, whatever origin the request came to.
    const authorization = new URL(start.headers.get('location') ?? '');
    expect(authorization.searchParams.get('redirect_uri')).toBe(
      'https://hindsight.example/api/oidc/callback',
    );
  });

  it('sso.state: an answer whose state is not the flow’s is refused', async () => {
    const world = await ssoWorld();
    await expectRefused(world, ANA.email, 'state', {
      tamper: (url) => url.searchParams.set('state', 'forged-state'),
    });
  });

  it('sso.nonce: an ID token whose nonce is not the flow’s is refused', async () => {
    const world = await ssoWorld();
    await expectRefused(world, ANA.email, 'nonce', {
      tamper: (url) => url.searchParams.set('nonce', 'forged-nonce'),
    });
  });

  it('sso.flow: an answer without the flow cookie (expired, another browser) is refused', async () => {
    const world = await ssoWorld();
    await expectRefused(world, ANA.email, 'expired', {
      beforeLogin: (j) => j.drop(FLOW_COOKIE),
    });
  });

  it('sso.denied: consent refused at the provider ends on the sign-in page', async () => {
    const world = await ssoWorld();
    await expectRefused(world, ANA.email, 'denied', { cancel: true });
  });

  it('sso.verified: an email the provider did not verify is refused', async () => {
    const world = await ssoWorld();
    await expectRefused(world, BEN.email, 'unverified');
    expect(await world.server.app.workspace.people.list()).toHaveLength(0);
  });

  it('sso.domain: an email outside OIDC_ALLOWED_DOMAINS is refused', async () => {
    const world = await ssoWorld({ OIDC_ALLOWED_DOMAINS: 'example.com' });
    await expectRefused(world, OLA.email, 'domain');
    const allowed = await signInWithSso(world, ANA.email);
    expect(await me(world.server, allowed.jar)).toMatchObject({ email: 'ana@example.com' });
  });

  it('sso.deactivated: a deactivated person is refused', async () => {
    const world = await ssoWorld();
    const first = await signInWithSso(world, ANA.email);
    const person = await me(world.server, first.jar);
    await world.server.app.workspace.people.deactivate(person?.id ?? '');
    await expectRefused(world, ANA.email, 'deactivated');
  });

  it('sso.unavailable: the server starts while the issuer is down, and SSO works once it answers', async () => {
    const { provider, server } = await ssoWorld({}, true);
    expect(await (await fetch(`${server.url}/api/oidc`)).json()).toEqual({
      enabled: true,
      available: false,
    });
    const start = await fetch(`${server.url}${SSO_START_PATH}`, { redirect: 'manual' });
    expect(start.headers.get('location')).toBe('/?sso_error=unavailable');
    provider.setReachable(true);
    await untilAvailable(server);
    const { jar } = await signInWithSso({ provider, server }, ANA.email);
    expect(await me(server, jar)).toMatchObject({ email: 'ana@example.com' });
  });

  it('answers 404 on the flow routes and says SSO is off when it is not configured', async () => {
    const server = await t.server();
    expect(await (await fetch(`${server.url}/api/oidc`)).json()).toEqual({
      enabled: false,
      available: false,
    });
    expect((await fetch(`${server.url}${SSO_START_PATH}`, { redirect: 'manual' })).status).toBe(
      404,
    );
  });
});
