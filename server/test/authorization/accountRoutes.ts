/**
 * The authorisation table's rows for becoming and being someone: sign-in, setup, single
 * sign-on, one's own account and sessions, and password links and resets.
 */
import type { RouteKey } from '../../src/app.ts';
import type { TestServer } from '../helpers.ts';
import { TEST_PASSWORD } from '../people.ts';
import { mapCallers, nextEmail, OPEN, OWN_ACCOUNT, type Row, withJson } from './callers.ts';

/** The token of a password reset for a new person. */
async function resetToken(server: TestServer): Promise<string> {
  const person = await server.app.workspace.people.create({
    email: nextEmail('reset'),
    name: 'Rae',
    role: 'viewer',
  });
  const issued = await server.app.workspace.resets.issue(person.id);
  if (!issued) throw new Error('no reset issued');
  return issued.token;
}

export const ACCOUNT_ROUTES = {
  // Signing in is open to anyone: it is how one becomes someone (throttled, see session.test.ts).
  'POST /api/session': {
    async request({ server }) {
      const email = nextEmail('sign-in');
      await server.app.workspace.people.create({
        email,
        name: 'Ana',
        role: 'viewer',
        password: TEST_PASSWORD,
      });
      return withJson('/api/session', { email, password: TEST_PASSWORD });
    },
    expect: OPEN,
  },
  // Whether the workspace waits for its owner: anyone may ask (the setup page does).
  'GET /api/setup': { request: () => ({ url: '/api/setup' }), expect: OPEN },
  // Setup is open to the holder of the console's link, and only until there is an owner:
  // this world has admins, so everyone is told it is set up already.
  'POST /api/setup': {
    request: () =>
      withJson('/api/setup', {
        token: 'x'.repeat(43),
        email: 'owner@example.com',
        name: 'Owner',
        password: TEST_PASSWORD,
      }),
    expect: mapCallers(409),
  },
  // The holder of a set-password link, whoever else they are.
  'POST /api/account/password': {
    async request({ server }) {
      const person = await server.app.workspace.people.create({
        email: nextEmail('link'),
        name: 'Bo',
        role: 'member',
      });
      const token = await server.app.workspace.passwordLinks.create(person.id);
      return withJson('/api/account/password', { token, password: TEST_PASSWORD });
    },
    expect: OPEN,
  },
  'GET /api/me': { request: () => ({ url: '/api/me' }), expect: OWN_ACCOUNT(200) },
  // Single sign-on is used before sign-in: open to all, protected by its flow cookie
  // (docs/SECURITY.md). This server has no SSO configured: the flow routes answer 404.
  'GET /api/oidc': { request: () => ({ url: '/api/oidc' }), expect: OPEN },
  'GET /api/oidc/start': { request: () => ({ url: '/api/oidc/start' }), expect: mapCallers(404) },
  'GET /api/oidc/callback': {
    request: () => ({ url: '/api/oidc/callback?code=x&state=y' }),
    expect: mapCallers(404),
  },
  'DELETE /api/session': {
    request: () => ({ method: 'DELETE', url: '/api/session' }),
    expect: OWN_ACCOUNT(204),
  },
  'DELETE /api/me/sessions': {
    request: () => ({ method: 'DELETE', url: '/api/me/sessions' }),
    expect: OWN_ACCOUNT(204),
  },
  'PUT /api/me/password': {
    request: () =>
      withJson(
        '/api/me/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'another passphrase' },
        'PUT',
      ),
    expect: OWN_ACCOUNT(200),
  },
  // Asking for a reset answers the same to everyone (see passwordReset.test.ts).
  'POST /api/password-reset': {
    request: () => withJson('/api/password-reset', { email: 'someone@example.com' }),
    expect: mapCallers(202),
  },
  'POST /api/password-reset/lookup': {
    async request({ server }) {
      return withJson('/api/password-reset/lookup', { token: await resetToken(server) });
    },
    expect: OPEN,
  },
  'POST /api/password-reset/complete': {
    async request({ server }) {
      return withJson('/api/password-reset/complete', {
        token: await resetToken(server),
        password: TEST_PASSWORD,
      });
    },
    expect: OPEN,
  },
} satisfies Partial<Record<RouteKey, Row>>;
