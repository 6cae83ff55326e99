/**
 * Every route's authorisation, as one table: a row per route, a column per kind of
 * caller. A route registered without a row fails the first test, so none can be added
 * without deciding who may call it.
 */
import type { InjectOptions } from 'fastify';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { CreateBoardResponse } from '@hindsight/shared';
import type { RouteKey } from '../src/app.ts';
import { hashToken } from '../src/auth/tokens.ts';
import { createBoard, testContext, type TestServer } from './helpers.ts';
import { signedIn, TEST_PASSWORD } from './people.ts';

const t = testContext();

/** The kinds of caller every route is tried with. */
const CALLERS = [
  'anonymous',
  /** A guest holding the board's participant link, no account. */
  'guest',
  'tokenRead',
  'tokenWrite',
  'tokenAdmin',
  'tokenExpired',
  'tokenRevoked',
  /** Signed-in people, by workspace role, with their session cookie and CSRF token. */
  'viewer',
  'member',
  'admin',
  /** A person deactivated after signing in: their session is refused. */
  'deactivated',
] as const;
type Caller = (typeof CALLERS)[number];

interface World {
  readonly server: TestServer;
  readonly board: CreateBoardResponse;
  /** The secret each caller presents, if any. */
  readonly secrets: Record<Caller, string | undefined>;
  /** The session headers (cookie, CSRF token) of the callers who are people. */
  readonly sessions: Partial<Record<Caller, Record<string, string>>>;
}

interface Row {
  /** The request, for a caller whose credentials are in `headers`. */
  request(world: World): Promise<InjectOptions> | InjectOptions;
  /** The status each caller gets. */
  readonly expect: Record<Caller, number>;
}

/** Statuses for a route every caller may use. */
const OPEN = Object.fromEntries(CALLERS.map((c) => [c, 200])) as Record<Caller, number>;

/** A route only the holder of a board link may use: guests pass, workspace tokens do not. */
const BOARD_LINK = { ...mapCallers(401), guest: 200 };

function mapCallers(status: number): Record<Caller, number> {
  return Object.fromEntries(CALLERS.map((c) => [c, status])) as Record<Caller, number>;
}

/**
 * Refused credentials (expired, revoked, a deactivated person's session) answer 401 like
 * no credentials at all. A person of a role may what a token of the matching scope may.
 */
const workspace = (read: number, write: number, admin: number): Record<Caller, number> => ({
  anonymous: 401,
  guest: 401,
  tokenRead: read,
  tokenWrite: write,
  tokenAdmin: admin,
  tokenExpired: 401,
  tokenRevoked: 401,
  viewer: read,
  member: write,
  admin,
  deactivated: 401,
});

/** A person's own account: any signed-in person, never a token. */
const OWN_ACCOUNT = (status: number): Record<Caller, number> => ({
  ...workspace(403, 403, 403),
  viewer: status,
  member: status,
  admin: status,
});

let emails = 0;

const json = { 'content-type': 'application/json' };

/** A route only the facilitator's link may use: a participant's is refused, tokens unknown. */
const FACILITATOR_ONLY = { ...mapCallers(401), guest: 403 };
/** A well-formed version id that names no version. */
const NO_VERSION = 'AAAAAAAAAAAAAAAA';

const TABLE: Record<RouteKey, Row> = {
  'GET /healthz': { request: () => ({ url: '/healthz' }), expect: OPEN },
  'GET /readyz': { request: () => ({ url: '/readyz' }), expect: OPEN },
  'GET /api/time': { request: () => ({ url: '/api/time' }), expect: OPEN },
  'POST /api/boards': {
    request: () => ({
      method: 'POST',
      url: '/api/boards',
      headers: json,
      payload: JSON.stringify({ title: 'x' }),
    }),
    expect: workspace(403, 201, 201),
  },
  // The workspace's list: any signed-in person or token that reads.
  'GET /api/boards': { request: () => ({ url: '/api/boards' }), expect: workspace(200, 200, 200) },
  // Opening a board without its links is for people (a grant bound to their session);
  // a token may read the list but gets no grant. Observer is the least role: viewers pass.
  'POST /api/boards/:id/access': {
    request: ({ board }) => ({
      method: 'POST',
      url: `/api/boards/${board.id}/access`,
      headers: json,
      payload: JSON.stringify({ role: 'observer' }),
    }),
    expect: { ...workspace(403, 403, 403), viewer: 200, member: 200, admin: 200 },
  },
  'GET /api/boards/:id': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}` }),
    expect: BOARD_LINK,
  },
  'GET /api/boards/:id/export': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/export?format=json` }),
    expect: BOARD_LINK,
  },
  'POST /api/boards/:id/links': {
    request: ({ board }) => ({
      method: 'POST',
      url: `/api/boards/${board.id}/links`,
      headers: json,
      payload: JSON.stringify({ roles: ['observer'] }),
    }),
    // Only the facilitator's link may replace links; a participant is refused.
    expect: { ...mapCallers(401), guest: 403 },
  },
  // Members are the facilitator's to see and remove.
  'GET /api/boards/:id/members': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/members` }),
    expect: FACILITATOR_ONLY,
  },
  'DELETE /api/boards/:id/members/:memberId': {
    request: ({ board }) => ({
      method: 'DELETE',
      url: `/api/boards/${board.id}/members/AAAAAAAAAAAAAAAAAAAAAA`,
    }),
    expect: FACILITATOR_ONLY,
  },
  // The history is the facilitator's: a participant's link is refused.
  'GET /api/boards/:id/versions': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/versions` }),
    expect: FACILITATOR_ONLY,
  },
  'GET /api/boards/:id/versions/:versionId/preview': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/versions/${NO_VERSION}/preview` }),
    expect: FACILITATOR_ONLY,
  },
  'POST /api/boards/:id/versions/:versionId/restore': {
    request: ({ board }) => ({
      method: 'POST',
      url: `/api/boards/${board.id}/versions/${NO_VERSION}/restore`,
    }),
    expect: FACILITATOR_ONLY,
  },
  'POST /api/boards/:id/restores/undo': {
    request: ({ board }) => ({ method: 'POST', url: `/api/boards/${board.id}/restores/undo` }),
    expect: FACILITATOR_ONLY,
  },
  'POST /api/boards/:id/restores/redo': {
    request: ({ board }) => ({ method: 'POST', url: `/api/boards/${board.id}/restores/redo` }),
    expect: FACILITATOR_ONLY,
  },
  'GET /api/tokens': { request: () => ({ url: '/api/tokens' }), expect: workspace(403, 403, 200) },
  'POST /api/tokens': {
    request: () => ({
      method: 'POST',
      url: '/api/tokens',
      headers: json,
      payload: JSON.stringify({ name: 'ci', scope: 'read' }),
    }),
    expect: workspace(403, 403, 201),
  },
  'DELETE /api/tokens/:id': {
    async request({ server }) {
      const { info } = await server.app.workspace.tokens.create({ name: 'doomed', scope: 'read' });
      return { method: 'DELETE', url: `/api/tokens/${info.id}` };
    },
    expect: workspace(403, 403, 204),
  },
  // Signing in is open to anyone: it is how one becomes someone (throttled, see session.test.ts).
  'POST /api/session': {
    async request({ server }) {
      const email = `sign-in-${++emails}@example.com`;
      await server.app.workspace.people.create({
        email,
        name: 'Ana',
        role: 'viewer',
        password: TEST_PASSWORD,
      });
      return {
        method: 'POST',
        url: '/api/session',
        headers: json,
        payload: JSON.stringify({ email, password: TEST_PASSWORD }),
      };
    },
    expect: OPEN,
  },
  // Whether the workspace waits for its owner: anyone may ask (the setup page does).
  'GET /api/setup': { request: () => ({ url: '/api/setup' }), expect: OPEN },
  // Setup is open to the holder of the console's link, and only until there is an owner:
  // this world has admins, so everyone is told it is set up already.
  'POST /api/setup': {
    request: () => ({
      method: 'POST',
      url: '/api/setup',
      headers: json,
      payload: JSON.stringify({
        token: 'x'.repeat(43),
        email: 'owner@example.com',
        name: 'Owner',
        password: TEST_PASSWORD,
      }),
    }),
    expect: mapCallers(409),
  },
  // The holder of a set-password link, whoever else they are.
  'POST /api/account/password': {
    async request({ server }) {
      const person = await server.app.workspace.people.create({
        email: `link-${++emails}@example.com`,
        name: 'Bo',
        role: 'member',
      });
      const token = await server.app.workspace.passwordLinks.create(person.id);
      return {
        method: 'POST',
        url: '/api/account/password',
        headers: json,
        payload: JSON.stringify({ token, password: TEST_PASSWORD }),
      };
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
    request: () => ({
      method: 'PUT',
      url: '/api/me/password',
      headers: json,
      payload: JSON.stringify({
        currentPassword: TEST_PASSWORD,
        newPassword: 'another passphrase',
      }),
    }),
    expect: OWN_ACCOUNT(200),
  },
  // People and invitations are the admins'.
  'GET /api/people': { request: () => ({ url: '/api/people' }), expect: workspace(403, 403, 200) },
  'PATCH /api/people/:id': {
    async request({ server }) {
      const person = await server.app.workspace.people.create({
        email: `changed-${++emails}@example.com`,
        name: 'Cam',
        role: 'member',
      });
      return {
        method: 'PATCH',
        url: `/api/people/${person.id}`,
        headers: json,
        payload: JSON.stringify({ role: 'viewer' }),
      };
    },
    expect: workspace(403, 403, 200),
  },
  'GET /api/invitations': {
    request: () => ({ url: '/api/invitations' }),
    expect: workspace(403, 403, 200),
  },
  'POST /api/invitations': {
    request: () => ({
      method: 'POST',
      url: '/api/invitations',
      headers: json,
      payload: JSON.stringify({ email: `invited-${++emails}@example.com`, role: 'member' }),
    }),
    expect: workspace(403, 403, 201),
  },
  'POST /api/invitations/:id/link': {
    async request({ server }) {
      const { record } = await invitation(server);
      return {
        method: 'POST',
        url: `/api/invitations/${record.id}/link`,
        headers: json,
        payload: JSON.stringify({ send: false }),
      };
    },
    expect: workspace(403, 403, 200),
  },
  'DELETE /api/invitations/:id': {
    async request({ server }) {
      const { record } = await invitation(server);
      return { method: 'DELETE', url: `/api/invitations/${record.id}` };
    },
    expect: workspace(403, 403, 204),
  },
  // Used before sign-in: the link's token is the credential, whoever else is asking.
  'POST /api/invitations/lookup': {
    async request({ server }) {
      const { token } = await invitation(server);
      return {
        method: 'POST',
        url: '/api/invitations/lookup',
        headers: json,
        payload: JSON.stringify({ token }),
      };
    },
    expect: OPEN,
  },
  'POST /api/invitations/accept': {
    async request({ server }) {
      const { token } = await invitation(server);
      return {
        method: 'POST',
        url: '/api/invitations/accept',
        headers: json,
        payload: JSON.stringify({ token, name: 'Ivy', password: TEST_PASSWORD }),
      };
    },
    expect: mapCallers(201),
  },
  // Asking for a reset answers the same to everyone (see passwordReset.test.ts).
  'POST /api/password-reset': {
    request: () => ({
      method: 'POST',
      url: '/api/password-reset',
      headers: json,
      payload: JSON.stringify({ email: 'someone@example.com' }),
    }),
    expect: mapCallers(202),
  },
  'POST /api/password-reset/lookup': {
    async request({ server }) {
      return {
        method: 'POST',
        url: '/api/password-reset/lookup',
        headers: json,
        payload: JSON.stringify({ token: await resetToken(server) }),
      };
    },
    expect: OPEN,
  },
  'POST /api/password-reset/complete': {
    async request({ server }) {
      return {
        method: 'POST',
        url: '/api/password-reset/complete',
        headers: json,
        payload: JSON.stringify({ token: await resetToken(server), password: TEST_PASSWORD }),
      };
    },
    expect: OPEN,
  },
  // The sync socket takes a board link's token in its query; 101 when it opens.
  'GET /sync/*': {
    request: () => ({ url: '/sync' }),
    expect: { ...mapCallers(4401), guest: 101 },
  },
};

/** A pending invitation of a new email, and its token. */
const invitation = (server: TestServer) =>
  server.app.workspace.invitations.create({
    email: `invitee-${++emails}@example.com`,
    role: 'member',
    invitedBy: null,
  });

/** The token of a password reset for a new person. */
async function resetToken(server: TestServer): Promise<string> {
  const person = await server.app.workspace.people.create({
    email: `reset-${++emails}@example.com`,
    name: 'Rae',
    role: 'viewer',
  });
  const issued = await server.app.workspace.resets.issue(person.id);
  if (!issued) throw new Error('no reset issued');
  return issued.token;
}

async function world(): Promise<World> {
  const server = await t.server();
  const board = await createBoard(server);
  const tokens = server.app.workspace.tokens;
  const make = async (scope: 'read' | 'write' | 'admin') =>
    (await tokens.create({ name: scope, scope })).token;
  const revoked = await tokens.create({ name: 'revoked', scope: 'admin' });
  await tokens.revoke(revoked.info.id);
  const expired = 'hst_expired-token-for-the-authorisation-table';
  await server.app.workspace.store.createApiToken({
    id: 'expired',
    name: 'expired',
    scope: 'admin',
    hash: hashToken(expired),
    createdAt: Date.now() - 2000,
    expiresAt: Date.now() - 1000,
    lastUsedAt: null,
    revokedAt: null,
  });
  const person = async (role: 'viewer' | 'member' | 'admin') =>
    (await signedIn(server.app, role)).headers;
  const deactivated = await signedIn(server.app, 'admin');
  await server.app.workspace.people.deactivate(deactivated.person.id);
  return {
    server,
    board,
    sessions: {
      viewer: await person('viewer'),
      member: await person('member'),
      admin: await person('admin'),
      deactivated: deactivated.headers,
    },
    secrets: {
      anonymous: undefined,
      guest: board.tokens.participant,
      tokenRead: await make('read'),
      tokenWrite: await make('write'),
      tokenAdmin: await make('admin'),
      tokenExpired: expired,
      tokenRevoked: revoked.token,
      viewer: undefined,
      member: undefined,
      admin: undefined,
      deactivated: undefined,
    },
  };
}

/** Opens the board's socket with the caller's secret: 101 when it opens, else the close code. */
function socketOutcome({ server, board }: World, secret: string | undefined): Promise<number> {
  const query = secret ? `?token=${encodeURIComponent(secret)}` : '';
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${board.id}${query}`);
    // The server checks the token after the upgrade: a refused socket is closed at once,
    // an accepted one receives the first sync step.
    ws.on('message', () => {
      ws.close();
      resolve(101);
    });
    ws.on('close', (code) => resolve(code));
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

describe('route authorisation', () => {
  it('has a row for every route the app serves', async () => {
    const { app } = await t.server();
    expect([...app.routeKeys].sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(Object.entries(TABLE))('%s', async (key, row) => {
    const w = await world();
    const seen: Partial<Record<Caller, number>> = {};
    for (const caller of CALLERS) {
      const secret = w.secrets[caller];
      if (key === 'GET /sync/*') {
        seen[caller] = await socketOutcome(w, secret);
        continue;
      }
      const request = await row.request(w);
      const res = await w.server.app.inject({
        ...request,
        headers: {
          ...(request.headers as Record<string, string>),
          ...(secret ? { authorization: `Bearer ${secret}` } : {}),
          ...w.sessions[caller],
        },
      });
      seen[caller] = res.statusCode;
    }
    expect(seen).toEqual(row.expect);
  });
});
