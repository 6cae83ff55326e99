/**
 * Sessions over HTTP: sign-in and its cookie, no fixation, CSRF on every cookie-
 * authenticated change, sign-out (here and everywhere), password change, login
 * throttling, and a deactivated person's session refused at once.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { addActionItem, DEFAULT_REMINDER_SETTINGS, roomName } from '@hindsight/shared';
import { hashToken } from '../src/auth/tokens.ts';
import { SESSION_COOKIE } from '../src/http/session.ts';
import { ACCOUNT_RULE, ADDRESS_RULE } from '../src/workspace/throttle.ts';
import { testContext } from './helpers.ts';
import { sessionCookieOf, signedIn, TEST_PASSWORD, type SignedIn } from './people.ts';
import { publicLinks } from '../src/workspace/publicLinks.ts';
import { githubStandIn, type StandIn } from './support/trackerStandIn.ts';

const t = testContext();
const json = { 'content-type': 'application/json' };

function signIn(app: FastifyInstance, email: string, password: string, cookie?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { ...json, ...(cookie ? { cookie } : {}) },
    payload: JSON.stringify({ email, password }),
  });
}

const me = (app: FastifyInstance, cookie: string) =>
  app.inject({ url: '/api/me', headers: { cookie } });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie on Path=/, not Secure over http', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'member');
    const res = await signIn(app, ana.person.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const line = String(res.headers['set-cookie']);
    expect(line).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(line).toContain('HttpOnly');
    expect(line).toContain('SameSite=Lax');
    expect(line).toContain('Path=/');
    expect(line).not.toContain('Secure');
    expect(res.json()).toMatchObject({
      person: { id: ana.person.id, role: 'member', hasPassword: true },
    });
    expect(res.body).not.toContain('argon2');
    // The store keeps the hash of the cookie's value, never the value.
    const value = sessionCookieOf(res.headers['set-cookie'])?.split('=')[1] ?? '';
    expect(await app.workspace.store.findSession(hashToken(value))).not.toBeNull();
    expect(await app.workspace.store.findSession(value)).toBeNull();
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const storage = await t.storage();
    const server = await t.server({
      storage: { ...storage, env: { ...storage.env, PUBLIC_URL: 'https://retro.example.com' } },
    });
    const ana = await signedIn(server.app, 'member');
    const res = await signIn(server.app, ana.person.email, TEST_PASSWORD);
    expect(String(res.headers['set-cookie'])).toContain('Secure');
  });

  it('answers the same for an unknown email and a wrong password', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'member');
    const wrong = await signIn(app, ana.person.email, 'not the password at all');
    const unknown = await signIn(app, 'nobody@example.com', TEST_PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('gives a new session id at every sign-in and never adopts a planted cookie', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'member');
    const planted = `${SESSION_COOKIE}=planted-by-someone-else-0123456789abcdefghijklmn`;
    const first = await signIn(app, ana.person.email, TEST_PASSWORD, planted);
    const issued = sessionCookieOf(first.headers['set-cookie']);
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    expect((await me(app, planted)).statusCode).toBe(401);
    expect((await me(app, issued ?? '')).statusCode).toBe(200);

    // Signing in again from a signed-in browser rotates the id and ends the old session.
    const second = await signIn(app, ana.person.email, TEST_PASSWORD, issued);
    const rotated = sessionCookieOf(second.headers['set-cookie']);
    expect(rotated).not.toBe(issued);
    expect((await me(app, issued ?? '')).statusCode).toBe(401);
    expect((await me(app, rotated ?? '')).statusCode).toBe(200);
  });

  it('refuses a deactivated person: their session at once, and any new sign-in', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'admin');
    expect((await me(app, ana.cookie)).statusCode).toBe(200);
    await app.workspace.people.deactivate(ana.person.id);
    expect((await me(app, ana.cookie)).statusCode).toBe(401);
    const create = await app.inject({
      method: 'POST',
      url: '/api/boards',
      headers: { ...json, ...ana.headers },
      payload: JSON.stringify({ title: 'x' }),
    });
    expect(create.statusCode).toBe(401);
    expect((await signIn(app, ana.person.email, TEST_PASSWORD)).statusCode).toBe(401);
  });
});

/** Routes reached before sign-in, protected otherwise (see routes/session.ts). */
const PRE_SIGN_IN = new Set([
  'POST /api/session',
  'POST /api/setup',
  'POST /api/account/password',
  // Invitations and password resets: the link's token is the credential (routes/invitations.ts,
  // routes/passwordReset.ts).
  'POST /api/invitations/lookup',
  'POST /api/invitations/accept',
  'POST /api/password-reset',
  'POST /api/password-reset/lookup',
  'POST /api/password-reset/complete',
  // The mailed mute link's signed token, and a tracker's signature over its webhook's body
  // (routes/reminders.ts, routes/trackers.ts).
  'POST /api/reminders/mute',
  'POST /api/trackers/:kind/webhook',
]);

/** Trackers' stand-ins the changes below start, closed when the file ends. */
const standIns: StandIn[] = [];
afterAll(async () => {
  await Promise.all(standIns.map((s) => s.close()));
});

/** A channel added straight to the store, for the changes that act on one. */
async function channel(app: FastifyInstance): Promise<string> {
  const id = `channel${standIns.length}${Date.now()}`;
  await app.store.addChannel({
    id,
    name: 'Team',
    format: 'json',
    url: 'http://127.0.0.1:9/hook',
    createdAt: Date.now(),
  });
  return id;
}

/** Every change a signed-in person may make with the cookie, with a body that works. */
const CHANGES: Record<string, (p: SignedIn, app: FastifyInstance) => Promise<InjectOptions>> = {
  'POST /api/boards': async () => ({
    method: 'POST',
    url: '/api/boards',
    payload: JSON.stringify({ title: 'x' }),
  }),
  'PATCH /api/actions/:id': async (_p, app) => {
    const { board } = await app.boards.create({ title: 'x', template: 'default', createdBy: null });
    const id = await app.rooms.withRooms([roomName(board.id)], ([room]) =>
      addActionItem(room!.doc, { title: 'Add an alert' }),
    );
    app.searchIndexer.schedule(board.id);
    await app.searchIndexer.flush(board.id);
    return {
      method: 'PATCH',
      url: `/api/actions/${id}`,
      payload: JSON.stringify({ status: 'done' }),
    };
  },
  'PUT /api/actions/settings': async () => ({
    method: 'PUT',
    url: '/api/actions/settings',
    payload: JSON.stringify({ duePolicy: { SEV1: 14 }, autoClose: false }),
  }),
  'PUT /api/documents/settings': async () => ({
    method: 'PUT',
    url: '/api/documents/settings',
    payload: JSON.stringify({ defaultTemplate: 'atlassian' }),
  }),
  'DELETE /api/session': async () => ({ method: 'DELETE', url: '/api/session' }),
  'DELETE /api/me/sessions': async () => ({ method: 'DELETE', url: '/api/me/sessions' }),
  'PUT /api/me/password': async () => ({
    method: 'PUT',
    url: '/api/me/password',
    payload: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'a new long password' }),
  }),
  'POST /api/tokens': async () => ({
    method: 'POST',
    url: '/api/tokens',
    payload: JSON.stringify({ name: 'ci', scope: 'read' }),
  }),
  'DELETE /api/tokens/:id': async (_p, app) => {
    const { info } = await app.workspace.tokens.create({ name: 'doomed', scope: 'read' });
    return { method: 'DELETE', url: `/api/tokens/${info.id}` };
  },
  'PATCH /api/people/:id': async (_p, app) => {
    const person = await app.workspace.people.create({
      email: 'patched@example.com',
      name: 'Pat',
      role: 'member',
    });
    return {
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      payload: JSON.stringify({ role: 'viewer' }),
    };
  },
  'POST /api/invitations': async () => ({
    method: 'POST',
    url: '/api/invitations',
    payload: JSON.stringify({ email: 'invited@example.com', role: 'member' }),
  }),
  'POST /api/invitations/:id/link': async (_p, app) => {
    const { record } = await app.workspace.invitations.create({
      email: 'renewed@example.com',
      role: 'member',
      invitedBy: null,
    });
    return {
      method: 'POST',
      url: `/api/invitations/${record.id}/link`,
      payload: JSON.stringify({ send: false }),
    };
  },
  'DELETE /api/invitations/:id': async (_p, app) => {
    const { record } = await app.workspace.invitations.create({
      email: 'revoked@example.com',
      role: 'member',
      invitedBy: null,
    });
    return { method: 'DELETE', url: `/api/invitations/${record.id}` };
  },
  'POST /api/postmortems/:id/public-link': async (_p, app) => {
    const { board } = await app.boards.create({ title: 'Shared' });
    return { method: 'POST', url: `/api/postmortems/${board.id}/public-link` };
  },
  'DELETE /api/postmortems/:id/public-link': async (_p, app) => {
    const { board } = await app.boards.create({ title: 'Unshared' });
    await publicLinks(app.workspace.store, app.workspace.people).create(board.id, null);
    return { method: 'DELETE', url: `/api/postmortems/${board.id}/public-link` };
  },
  'PUT /api/trackers/:kind': async () => ({
    method: 'PUT',
    url: '/api/trackers/github',
    payload: JSON.stringify({ token: 'a token' }),
  }),
  'POST /api/trackers/:kind/test': async () => ({
    method: 'POST',
    url: '/api/trackers/jira/test',
    payload: '{}',
  }),
  'DELETE /api/trackers/:kind': async (p, app) => {
    await app.inject({
      method: 'PUT',
      url: '/api/trackers/linear',
      headers: { ...json, ...p.headers },
      payload: JSON.stringify({ token: 'a key' }),
    });
    return { method: 'DELETE', url: '/api/trackers/linear' };
  },
  'POST /api/actions/:id/issue': async (p, app) => {
    const gh = await githubStandIn('gh token');
    standIns.push(gh);
    await app.inject({
      method: 'PUT',
      url: '/api/trackers/github',
      headers: { ...json, ...p.headers },
      payload: JSON.stringify({ baseUrl: gh.url, token: 'gh token' }),
    });
    const { board } = await app.boards.create({ title: 'x', template: 'default', createdBy: null });
    await app.store.putTrackerTarget(
      board.id,
      JSON.stringify({ kind: 'github', repository: 'acme/web' }),
      Date.now(),
    );
    const id = await app.rooms.withRooms([roomName(board.id)], ([room]) =>
      addActionItem(room!.doc, { title: 'File me' }),
    );
    app.searchIndexer.schedule(board.id);
    await app.searchIndexer.flush(board.id);
    return { method: 'POST', url: `/api/actions/${id}/issue` };
  },
  'PUT /api/reminders/settings': async () => ({
    method: 'PUT',
    url: '/api/reminders/settings',
    payload: JSON.stringify(DEFAULT_REMINDER_SETTINGS),
  }),
  'POST /api/reminders/channels': async () => ({
    method: 'POST',
    url: '/api/reminders/channels',
    payload: JSON.stringify({ name: 'Team', format: 'slack', url: 'https://hooks.example/x' }),
  }),
  'DELETE /api/reminders/channels/:id': async (_p, app) => ({
    method: 'DELETE',
    url: `/api/reminders/channels/${await channel(app)}`,
  }),
  'POST /api/reminders/channels/:id/test': async (_p, app) => ({
    method: 'POST',
    url: `/api/reminders/channels/${await channel(app)}/test`,
  }),
  'PUT /api/account/reminders': async () => ({
    method: 'PUT',
    url: '/api/account/reminders',
    payload: JSON.stringify({ muted: true }),
  }),
  'POST /api/postmortems/import': async (_p, app) => {
    const { board, tokens } = await app.boards.create({ title: 'Exported' });
    const exported = await app.inject({
      url: `/api/boards/${board.id}/export?format=json`,
      headers: { authorization: `Bearer ${tokens.facilitator}` },
    });
    return { method: 'POST', url: '/api/postmortems/import', payload: exported.body };
  },
};

describe('CSRF on cookie-authenticated changes', () => {
  it('covers every change a cookie can make (board-link routes take no cookie)', async () => {
    const { app } = await t.server();
    const changes = app.routeKeys.filter(
      (key) =>
        !key.startsWith('GET ') &&
        !key.includes('/api/boards/:id') &&
        key.startsWith(`${key.split(' ')[0]} /api/`) &&
        !PRE_SIGN_IN.has(key),
    );
    expect(changes.sort()).toEqual(Object.keys(CHANGES).sort());
  });

  it.each(Object.entries(CHANGES))(
    '%s: 403 without the header or with a wrong one',
    async (_key, make) => {
      const { app } = await t.server();
      const admin = await signedIn(app, 'admin');
      const request = await make(admin, app);
      const send = (headers: Record<string, string>) =>
        app.inject({ ...request, headers: { ...(request.payload ? json : {}), ...headers } });
      const missing = await send({ cookie: admin.cookie });
      expect(missing.statusCode).toBe(403);
      expect(missing.json()).toMatchObject({ error: 'csrf' });
      const wrong = await send({ cookie: admin.cookie, 'x-csrf-token': `${admin.csrf.slice(1)}x` });
      expect(wrong.statusCode).toBe(403);
      // Another session's token is no good either.
      const other = await signedIn(app, 'admin');
      expect((await send({ cookie: admin.cookie, 'x-csrf-token': other.csrf })).statusCode).toBe(
        403,
      );
      // GET is not affected, and the right header lets the change through.
      expect(
        (await app.inject({ url: '/api/me', headers: { cookie: admin.cookie } })).statusCode,
      ).toBe(200);
      const right = await send(admin.headers);
      expect(right.statusCode).toBeLessThan(300);
    },
  );
});

describe('signing out', () => {
  it('ends this session only, or every session with "sign out everywhere"', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'member');
    const laptop =
      sessionCookieOf((await signIn(app, ana.person.email, TEST_PASSWORD)).headers['set-cookie']) ??
      '';
    const phone =
      sessionCookieOf((await signIn(app, ana.person.email, TEST_PASSWORD)).headers['set-cookie']) ??
      '';
    const csrfOf = async (cookie: string) =>
      (await me(app, cookie)).json<{ csrfToken: string }>().csrfToken;

    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: laptop, 'x-csrf-token': await csrfOf(laptop) },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect((await me(app, laptop)).statusCode).toBe(401);
    expect((await me(app, phone)).statusCode).toBe(200);

    const everywhere = await app.inject({
      method: 'DELETE',
      url: '/api/me/sessions',
      headers: { cookie: phone, 'x-csrf-token': await csrfOf(phone) },
    });
    expect(everywhere.statusCode).toBe(204);
    expect((await me(app, phone)).statusCode).toBe(401);
    expect((await me(app, ana.cookie)).statusCode).toBe(401);
  });

  it('changing the password ends the other sessions and keeps this browser signed in', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'viewer');
    const other =
      sessionCookieOf((await signIn(app, ana.person.email, TEST_PASSWORD)).headers['set-cookie']) ??
      '';
    const change = (currentPassword: string) =>
      app.inject({
        method: 'PUT',
        url: '/api/me/password',
        headers: { ...json, ...ana.headers },
        payload: JSON.stringify({ currentPassword, newPassword: 'a brand new passphrase' }),
      });
    expect((await change('not the current one')).statusCode).toBe(403);
    const res = await change(TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const renewed = sessionCookieOf(res.headers['set-cookie']) ?? '';
    expect((await me(app, other)).statusCode).toBe(401);
    expect((await me(app, ana.cookie)).statusCode).toBe(401);
    expect((await me(app, renewed)).statusCode).toBe(200);
    expect((await signIn(app, ana.person.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(app, ana.person.email, 'a brand new passphrase')).statusCode).toBe(200);
  });
});

describe('login throttling', () => {
  it('locks an account after its failures, whatever the address, then lifts', async () => {
    let now = Date.now();
    const { app } = await t.server({ accounts: { now: () => now } });
    const ana = await signedIn(app, 'member');
    const from = (ip: string) => (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress: ip,
        headers: json,
        payload: JSON.stringify({ email: ana.person.email, password }),
      });
    for (let i = 0; i < ACCOUNT_RULE.max; i++) {
      expect((await from(`10.0.0.${i}`)('wrong password!')).statusCode).toBe(401);
    }
    const locked = await from('10.0.1.1')(TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not held back.
    const bo = await signedIn(app, 'member');
    expect((await signIn(app, bo.person.email, TEST_PASSWORD)).statusCode).toBe(200);
    now += ACCOUNT_RULE.windowMs;
    expect((await from('10.0.1.1')(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks an address after its failures, whatever the accounts, then lifts', async () => {
    let now = Date.now();
    const { app } = await t.server({ accounts: { now: () => now } });
    const ana = await signedIn(app, 'member');
    const attempt = (email: string, password: string, ip = '192.0.2.7') =>
      app.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress: ip,
        headers: json,
        payload: JSON.stringify({ email, password }),
      });
    for (let i = 0; i < ADDRESS_RULE.max; i++) {
      expect((await attempt(`guess${i}@example.com`, 'wrong password!')).statusCode).toBe(401);
    }
    expect((await attempt(ana.person.email, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await attempt(ana.person.email, TEST_PASSWORD, '192.0.2.8')).statusCode).toBe(200);
    now += ADDRESS_RULE.windowMs;
    expect((await attempt(ana.person.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
